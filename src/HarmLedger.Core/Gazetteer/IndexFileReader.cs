using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HarmLedger.Gazetteer;

/// <summary>Reads the arrays of a <see cref="GazetteerIndexFile"/> one after another, each checked against its checksum.</summary>
internal sealed class IndexFileReader(Stream file)
{
    private readonly byte[] _word = new byte[sizeof(ulong)];

    /// <summary>The next array.</summary>
    /// <exception cref="InvalidDataException">Its length runs past the end of the file, or its checksum is wrong.</exception>
    public T[] Take<T>()
        where T : unmanaged
    {
        var length = (int)ReadWord(sizeof(int));
        if (length < 0 || length > (file.Length - file.Position) / Unsafe.SizeOf<T>())
        {
            throw new InvalidDataException("the gazetteer index file is cut short");
        }

        // (Uninitialised: the file's bytes overwrite every element, so zeroing the large arrays first would be wasted.)
        var items = GC.AllocateUninitializedArray<T>(length);
        var bytes = MemoryMarshal.AsBytes(items.AsSpan());
        file.ReadExactly(bytes);
        if (ReadWord(sizeof(ulong)) != GazetteerIndexFile.Checksum(bytes))
        {
            throw new InvalidDataException("the gazetteer index file is damaged");
        }

        return items;
    }

    /// <summary>Checks that nothing is left over.</summary>
    /// <exception cref="InvalidDataException">Something is.</exception>
    public void End()
    {
        if (file.Position != file.Length)
        {
            throw new InvalidDataException("the gazetteer index file runs on past its index");
        }
    }

    private ulong ReadWord(int size)
    {
        Array.Clear(_word);
        try
        {
            file.ReadExactly(_word.AsSpan(0, size));
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("the gazetteer index file is cut short", ex);
        }

        return BitConverter.ToUInt64(_word);
    }
}
