using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using HarmLedger.Model;

namespace HarmLedger.Gazetteer;

/// <summary>The built index of the bundled gazetteer in a binary file, so that a later process reads it back in bulk.</summary>
/// <remarks>
/// The file holds the index's flat arrays as they are in memory (little-endian), so reading it builds no dictionary
/// and allocates a string per distinct place name only. It names the build of HarmLedger.Core that wrote it (the
/// bundled data and the folding rules are both in it), and each array is followed by its checksum: a file from any
/// other build, cut short or damaged, is ignored and written again.
/// </remarks>
internal static class GazetteerIndexFile
{
    private const long MaxFileBytes = 1L << 30;
    private const long NoGeonameId = long.MinValue;

    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("HarmLedger gazetteer index/1\n");

    private static Guid Build => typeof(GazetteerIndexFile).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>Reads the index in the file.</summary>
    /// <exception cref="InvalidDataException">The file is missing, unreadable, from another build, cut short or damaged.</exception>
    public static GazetteerIndex Read(string path)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new InvalidDataException("the gazetteer index file is kept on little-endian machines only");
        }

        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            if (file.Length > MaxFileBytes)
            {
                throw new InvalidDataException($"{path} is too large for a gazetteer index file");
            }

            var header = new byte[Magic.Length + 16];
            if (file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) != header.Length
                || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic) || new Guid(header.AsSpan(Magic.Length)) != Build)
            {
                throw new InvalidDataException($"{path} is from another build of HarmLedger.Core");
            }

            var reader = new IndexFileReader(file);
            var index = ReadIndex(reader);
            reader.End();
            return index;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path} cannot be read ({ex.Message})", ex);
        }
    }

    /// <summary>Writes the index for later processes; a directory that cannot be written to just means no file.</summary>
    /// <remarks>The file is written under another name and then moved into place, so a reader never sees half of it.</remarks>
    public static void TryWrite(string path, GazetteerIndex index)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return;
        }

        var partial = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.partial";
        try
        {
            using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                file.Write(Magic);
                file.Write(Build.ToByteArray());
                WriteIndex(file, index);
            }

            File.Move(partial, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            try
            {
                File.Delete(partial);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                _ = cleanup;
            }
        }
    }

    /// <summary>A 64-bit checksum of the bytes (not cryptographic: it catches damage, not tampering).</summary>
    public static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var word in words)
        {
            hash = unchecked((BitOperations.RotateLeft(hash, 23) ^ word) * 1099511628211UL);
        }

        foreach (var b in bytes[(words.Length * sizeof(ulong))..])
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }

        return hash ^ (ulong)bytes.Length;
    }

    private static void WriteIndex(Stream content, GazetteerIndex index)
    {
        WritePlaces(content, index.Places);
        WriteArray(content, new[] { index.NameCount });
        WriteTable(content, index.Names);
        WriteArray(content, index.Entries);
        WriteArray(content, index.Candidates);
        WriteTable(content, index.Loose);
        WriteArray(content, index.LooseOffsets);
        WriteArray(content, index.LoosePlaces);
    }

    private static GazetteerIndex ReadIndex(IndexFileReader reader)
    {
        var places = ReadPlaces(reader);
        var nameCount = reader.Take<int>();
        return new GazetteerIndex(
            places, ReadTable(reader), nameCount.Length == 1 ? nameCount[0] : -1, reader.Take<NameEntry>(), reader.Take<int>(),
            ReadTable(reader), reader.Take<int>(), reader.Take<int>());
    }

    private static void WriteTable(Stream content, NameTable table)
    {
        WriteArray(content, table.Chars);
        WriteArray(content, table.Offsets);
        WriteArray(content, table.Slots);
        WriteArray(content, table.Filter);
    }

    private static NameTable ReadTable(IndexFileReader reader) =>
        new(reader.Take<char>(), reader.Take<int>(), reader.Take<ulong>(), reader.Take<ulong>());

    // Place fields column by column; strings (names, provinces, country and admin1 codes) once each, by number.
    private static void WritePlaces(Stream content, IndexedPlace[] places)
    {
        var strings = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(string? s)
        {
            if (s is null)
            {
                return -1;
            }

            if (!numbers.TryGetValue(s, out var number))
            {
                number = strings.Count;
                numbers[s] = number;
                strings.Add(s);
            }

            return number;
        }

        var names = places.Select(p => Number(p.Place.Name)).ToArray();
        var admin1 = places.Select(p => Number(p.Place.Admin1)).ToArray();
        var countries = places.Select(p => Number(p.Place.Country)).ToArray();
        var codes = places.Select(p => Number(p.Admin1Code)).ToArray();
        var offsets = new int[strings.Count + 1];
        for (var i = 0; i < strings.Count; i++)
        {
            offsets[i + 1] = checked(offsets[i] + strings[i].Length);
        }

        WriteArray(content, string.Concat(strings).AsSpan());
        WriteArray(content, offsets);
        WriteArray(content, names);
        WriteArray(content, admin1);
        WriteArray(content, countries);
        WriteArray(content, codes);
        WriteArray(content, places.Select(p => p.Place.Lat).ToArray());
        WriteArray(content, places.Select(p => p.Place.Lon).ToArray());
        WriteArray(content, places.Select(p => (int)p.Place.Precision).ToArray());
        WriteArray(content, places.Select(p => p.Place.GeonameId ?? NoGeonameId).ToArray());
        WriteArray(content, places.Select(p => (int)p.Kind).ToArray());
        WriteArray(content, places.Select(p => p.Prominence).ToArray());
        WriteArray(content, places.Select(p => p.Seat ? (byte)1 : (byte)0).ToArray());
    }

    private static IndexedPlace[] ReadPlaces(IndexFileReader reader)
    {
        var chars = reader.Take<char>();
        var offsets = reader.Take<int>();
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] != chars.Length)
        {
            throw new InvalidDataException("the gazetteer index's place names do not fit together");
        }

        var strings = new string[offsets.Length - 1];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = offsets[i + 1] < offsets[i] ? throw new InvalidDataException("the gazetteer index's place names go backwards")
                : new string(chars, offsets[i], offsets[i + 1] - offsets[i]);
        }

        var (names, admin1, countries, codes) = (reader.Take<int>(), reader.Take<int>(), reader.Take<int>(), reader.Take<int>());
        var (lat, lon, precision, geonameIds) = (reader.Take<double>(), reader.Take<double>(), reader.Take<int>(), reader.Take<long>());
        var (kinds, prominence, seats) = (reader.Take<int>(), reader.Take<double>(), reader.Take<byte>());
        var count = names.Length;
        if (new[] { admin1.Length, countries.Length, codes.Length, lat.Length, lon.Length, precision.Length, geonameIds.Length,
                kinds.Length, prominence.Length, seats.Length }.Any(length => length != count))
        {
            throw new InvalidDataException("the gazetteer index's place columns differ in length");
        }

        string? At(int number) => number == -1 ? null : (uint)number < (uint)strings.Length ? strings[number]
            : throw new InvalidDataException("the gazetteer index names a string it does not hold");
        var places = new IndexedPlace[count];
        for (var i = 0; i < count; i++)
        {
            if (!Enum.IsDefined((PlacePrecision)precision[i]) || !Enum.IsDefined((PlaceKind)kinds[i]))
            {
                throw new InvalidDataException("the gazetteer index holds an unknown precision or kind");
            }

            var place = new Place(
                At(names[i]) ?? "", At(admin1[i]), At(countries[i]) ?? "", lat[i], lon[i], (PlacePrecision)precision[i],
                geonameIds[i] == NoGeonameId ? null : geonameIds[i]);
            places[i] = new IndexedPlace(place, (PlaceKind)kinds[i], At(codes[i]) ?? "", prominence[i], seats[i] != 0);
        }

        return places;
    }

    private static void WriteArray<T>(Stream content, ReadOnlySpan<T> items)
        where T : unmanaged
    {
        content.Write(BitConverter.GetBytes(items.Length));
        content.Write(MemoryMarshal.AsBytes(items));
        content.Write(BitConverter.GetBytes(Checksum(MemoryMarshal.AsBytes(items))));
    }
}
