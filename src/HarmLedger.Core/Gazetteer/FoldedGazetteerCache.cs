using System.Text;

namespace HarmLedger.Gazetteer;

/// <summary>The bundled gazetteer's folded entries in a binary file, so that a later process skips decompressing, parsing and folding.</summary>
/// <remarks>
/// The file names the build of HarmLedger.Core that wrote it (the bundled data and the folding rules are both in it):
/// a file from any other build, or one cut short, is ignored and written again. Only what indexing reads is kept:
/// an entry read back has no alternate names, since its folded keys already hold them.
/// </remarks>
internal static class FoldedGazetteerCache
{
    private const string Magic = "HarmLedger folded gazetteer/1";
    private const int MaxEntries = 10_000_000;

    // Strict UTF-8 both ways: a name that would not survive the round trip unchanged leaves the cache unwritten.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Guid Build => typeof(FoldedGazetteerCache).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>The entries in the file, read one at a time.</summary>
    /// <exception cref="InvalidDataException">
    /// The file is missing, unreadable, from another build or cut short; after any number of entries, so the caller
    /// must drop what it made of them.
    /// </exception>
    public static IEnumerable<FoldedEntry> Read(string path)
    {
        using var file = Open(path);
        using var reader = new BinaryReader(file, Utf8);
        var count = Checked(() => reader.ReadString() == Magic && new Guid(reader.ReadBytes(16)) == Build ? reader.ReadInt32() : -1);
        if (count is < 0 or > MaxEntries)
        {
            throw new InvalidDataException($"{path} is from another build of HarmLedger.Core");
        }

        for (var i = 0; i < count; i++)
        {
            yield return ReadEntry(reader);
        }

        if (!Checked(() => reader.ReadString() == Magic && file.Position == file.Length))
        {
            throw new InvalidDataException($"{path} does not end where it should");
        }
    }

    /// <summary>Writes the entries for later processes; a directory that cannot be written to just means no cache.</summary>
    /// <remarks>The file is written under another name and then moved into place, so a reader never sees half of it.</remarks>
    public static void TryWrite(string path, IReadOnlyList<FoldedEntry> entries)
    {
        var partial = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.partial";
        try
        {
            using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(file, Utf8))
            {
                writer.Write(Magic);
                writer.Write(Build.ToByteArray());
                writer.Write(entries.Count);
                foreach (var entry in entries)
                {
                    Write(writer, entry);
                }

                writer.Write(Magic);
            }

            File.Move(partial, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EncoderFallbackException or ArgumentException or NotSupportedException)
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

    private static FileStream Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path} cannot be read ({ex.Message})", ex);
        }
    }

    // Any way reading can fail on a damaged file becomes the one exception the caller expects.
    private static T Checked<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw Damaged(ex);
        }
    }

    private static bool IsDamage(Exception ex) => ex is IOException or DecoderFallbackException or ArgumentException or FormatException;

    private static InvalidDataException Damaged(Exception ex) => new($"the gazetteer cache is damaged ({ex.Message})", ex);

    private static void Write(BinaryWriter writer, FoldedEntry folded)
    {
        var e = folded.Entry;
        writer.Write(e.GeonameId);
        writer.Write(e.Name);
        writer.Write(e.AsciiName);
        writer.Write(e.Lat);
        writer.Write(e.Lon);
        writer.Write(e.FeatureClass);
        writer.Write(e.FeatureCode);
        writer.Write(e.CountryCode);
        writer.Write(e.Admin1Code);
        writer.Write(e.Population);
        writer.Write(folded.Keys);
    }

    private static FoldedEntry ReadEntry(BinaryReader reader)
    {
        try
        {
            var id = reader.ReadInt64();
            var name = reader.ReadString();
            var ascii = reader.ReadString();
            var lat = reader.ReadDouble();
            var lon = reader.ReadDouble();
            var featureClass = reader.ReadChar();
            var entry = new GazetteerEntry(
                id, name, ascii == name ? name : ascii, [], lat, lon, featureClass, reader.ReadString(), reader.ReadString(),
                reader.ReadString(), reader.ReadInt64());
            return new FoldedEntry(entry, reader.ReadString());
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw Damaged(ex);
        }
    }
}
