using System.Text.Json;
using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>Writes claims, places, dates and figures in the JSON of the <c>extract</c> contract (DESIGN.md).</summary>
public static class ClaimJson
{
    /// <summary>Writes one claim as a JSON object.</summary>
    public static void WriteClaim(Utf8JsonWriter writer, Claim claim)
    {
        writer.WriteStartObject();
        WriteClaimProperties(writer, claim);
        writer.WriteEndObject();
    }

    /// <summary>Writes a claim's members into the object being written, so callers can put their own members beside them.</summary>
    public static void WriteClaimProperties(Utf8JsonWriter writer, Claim claim)
    {
        writer.WriteString("kind"u8, KindName(claim.Kind));
        WriteNullableString(writer, "perpetrator"u8, claim.Perpetrator);
        WriteNullableString(writer, "weapon"u8, claim.Weapon);
        writer.WritePropertyName("date"u8);
        WriteDate(writer, claim.Date);
        writer.WritePropertyName("place"u8);
        WritePlace(writer, claim.Place);
        writer.WritePropertyName("killed"u8);
        WriteFigures(writer, claim.Killed);
        writer.WritePropertyName("injured"u8);
        WriteFigures(writer, claim.Injured);
        WriteStrings(writer, "attribution"u8, claim.Attribution);
        writer.WritePropertyName("evidence"u8);
        WriteEvidence(writer, claim.Evidence);
        WriteDouble(writer, "confidence"u8, Math.Round(claim.Confidence, 3));
    }

    /// <summary>Writes evidence spans as an array of <c>{start, end, text}</c>.</summary>
    public static void WriteEvidence(Utf8JsonWriter writer, IEnumerable<EvidenceSpan> spans)
    {
        writer.WriteStartArray();
        foreach (var span in spans)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start"u8, span.Start);
            writer.WriteNumber("end"u8, span.End);
            writer.WriteString("text"u8, span.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a named array of strings.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a named string, or <c>null</c>.</summary>
    public static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a date span as <c>{start, end, precision}</c>.</summary>
    public static void WriteDate(Utf8JsonWriter writer, DateSpan date)
    {
        writer.WriteStartObject();
        WriteDay(writer, "start"u8, date.Start);
        WriteDay(writer, "end"u8, date.End);
        WriteNullableString(writer, "precision"u8, date.Precision is { } p ? Lower(p) : null);
        writer.WriteEndObject();
    }

    /// <summary>Writes a place, or <c>null</c>.</summary>
    public static void WritePlace(Utf8JsonWriter writer, Place? place)
    {
        if (place is null)
        {
            writer.WriteNullValue();
            return;
        }

        // (Kept only for the default options: a raw value is written as the object would be only without indentation,
        // and another encoder would escape its strings otherwise.)
        if (writer.Options.Indented || writer.Options.Encoder is not null)
        {
            WritePlaceObject(writer, place);
            return;
        }

        var places = t_places ??= new Dictionary<Place, byte[]>(ReferenceEqualityComparer.Instance);
        if (!places.TryGetValue(place, out var utf8))
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
            using (var scratch = new Utf8JsonWriter(buffer))
            {
                WritePlaceObject(scratch, place);
            }

            utf8 = buffer.WrittenSpan.ToArray();
            if (places.Count >= MaxCachedPlaces)
            {
                places.Clear();
            }

            places[place] = utf8;
        }

        writer.WriteRawValue(utf8, skipInputValidation: true);
    }

    // Each place's JSON as written with the writer's options, by place object, per thread: the gazetteer's places are
    // the same objects from claim to claim, and copying their bytes costs less than writing their strings and numbers.
    [ThreadStatic]
    private static Dictionary<Place, byte[]>? t_places;

    private const int MaxCachedPlaces = 1 << 14;

    private static void WritePlaceObject(Utf8JsonWriter writer, Place place)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, place.Name);
        WriteNullableString(writer, "admin1"u8, place.Admin1);
        writer.WriteString("country"u8, place.Country);
        WriteDouble(writer, "lat"u8, Math.Round(place.Lat, 5));
        WriteDouble(writer, "lon"u8, Math.Round(place.Lon, 5));
        writer.WriteString("precision"u8, Lower(place.Precision));
        if (place.GeonameId is long id)
        {
            writer.WriteNumber("geonameId"u8, id);
        }
        else
        {
            writer.WriteNull("geonameId"u8);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes figures as <c>{category: {min, max}}</c>, or <c>null</c> when there are none.</summary>
    public static void WriteFigures(Utf8JsonWriter writer, Figures? figures)
    {
        if (figures is null || figures.IsEmpty)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        var byCategory = figures.ByCategory;
        if (byCategory.KeyComparer == Comparer<VictimCategory>.Default && byCategory.Count <= Categories.Length)
        {
            // Enumerating an immutable sorted dictionary rents a stack for its walk of the tree; with the default
            // comparer its order is the categories' own, so looking each category up in turn, until all are found,
            // gives the same pairs for less (most figures have one or two categories, the total first). (A key that
            // is no named category would be missed: the pairs are written only once all are found.)
            Span<int> found = stackalloc int[Categories.Length];
            Span<FigureRange> ranges = stackalloc FigureRange[Categories.Length];
            var count = 0;
            for (var c = 0; c < Categories.Length && count < byCategory.Count; c++)
            {
                if (byCategory.TryGetValue(Categories[c], out var range))
                {
                    (found[count], ranges[count]) = (c, range);
                    count++;
                }
            }

            if (count == byCategory.Count)
            {
                for (var n = 0; n < count; n++)
                {
                    WriteRange(writer, Categories[found[n]], ranges[n]);
                }

                writer.WriteEndObject();
                return;
            }
        }

        foreach (var (category, range) in byCategory)
        {
            WriteRange(writer, category, range);
        }

        writer.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter writer, VictimCategory category, FigureRange range)
    {
        writer.WriteStartObject(CategoryName(category));
        writer.WriteNumber("min"u8, range.Min);
        if (range.Max is int max)
        {
            writer.WriteNumber("max"u8, max);
        }
        else
        {
            writer.WriteNull("max"u8);
        }

        writer.WriteEndObject();
    }

    // Every category, in the order the default comparer sorts them.
    private static readonly VictimCategory[] Categories = SortedCategories();

    // (Loops, not LINQ, here and in LowerNames: LINQ's methods would be compiled for each enum at start-up.)
    private static VictimCategory[] SortedCategories()
    {
        var sorted = new List<VictimCategory>();
        foreach (var category in Enum.GetValues<VictimCategory>())
        {
            // Inserted in order, once each.
            var at = 0;
            while (at < sorted.Count && Comparer<VictimCategory>.Default.Compare(sorted[at], category) < 0)
            {
                at++;
            }

            if (at == sorted.Count || Comparer<VictimCategory>.Default.Compare(sorted[at], category) != 0)
            {
                sorted.Insert(at, category);
            }
        }

        return [.. sorted];
    }

    /// <summary>The contract's name for a claim kind.</summary>
    public static string KindName(ClaimKind kind) => Lower(kind);

    /// <summary>The contract's key for a victim category.</summary>
    public static string CategoryName(VictimCategory category) => Lower(category);

    // The claim's own members are named in UTF-8 literals: nothing to transcode, claims are written by the thousand.
    private static void WriteStrings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteNullableString(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    // Doubles as the writer formats them, by their bits (0 and -0 are written apart), per thread: a claim's confidence
    // takes a few values and places recur from claim to claim, and a look-up costs less than formatting a double.
    [ThreadStatic]
    private static Dictionary<long, byte[]>? t_doubles;

    private const int MaxCachedDoubles = 1 << 16;

    private static void WriteDouble(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double value)
    {
        // (A raw value after its name is written as the number would be only without indentation.)
        if (writer.Options.Indented || !double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
            return;
        }

        var doubles = t_doubles ??= [];
        var bits = BitConverter.DoubleToInt64Bits(value);
        if (!doubles.TryGetValue(bits, out var utf8))
        {
            if (doubles.Count >= MaxCachedDoubles)
            {
                writer.WriteNumber(name, value);
                return;
            }

            var buffer = new System.Buffers.ArrayBufferWriter<byte>(32);
            using (var scratch = new Utf8JsonWriter(buffer))
            {
                scratch.WriteNumberValue(value);
            }

            utf8 = buffer.WrittenSpan.ToArray();
            doubles[bits] = utf8;
        }

        writer.WritePropertyName(name);
        writer.WriteRawValue(utf8, skipInputValidation: true);
    }

    // A day as YYYY-MM-DD, its digits written by hand in UTF-8: a custom format string is parsed on every call, and
    // claims are written by the thousand. (A DateOnly's year is 1 to 9999, so "yyyy" is always four digits.)
    private static void WriteDay(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateOnly? day)
    {
        if (day is not DateOnly d)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteString(name, IsoDay(d, stackalloc byte[10]));
    }

    /// <summary>Formats <paramref name="day"/> as <c>yyyy-MM-dd</c> (invariant culture) into <paramref name="into"/> (10 bytes).</summary>
    internal static ReadOnlySpan<byte> IsoDay(DateOnly day, Span<byte> into)
    {
        var (y, m, d) = (day.Year, day.Month, day.Day);
        into[0] = (byte)('0' + (y / 1000));
        into[1] = (byte)('0' + (y / 100 % 10));
        into[2] = (byte)('0' + (y / 10 % 10));
        into[3] = (byte)('0' + (y % 10));
        into[4] = (byte)'-';
        into[5] = (byte)('0' + (m / 10));
        into[6] = (byte)('0' + (m % 10));
        into[7] = (byte)'-';
        into[8] = (byte)('0' + (d / 10));
        into[9] = (byte)('0' + (d % 10));
        return into[..10];
    }

    private static string Lower<T>(T value)
        where T : struct, Enum =>
        LowerNames<T>.ByValue.TryGetValue(value, out var name) ? name : value.ToString().ToLowerInvariant();

    // Each enum's names in lower case, made once: claims are written by the thousand.
    private static class LowerNames<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ByValue = Build();

        private static Dictionary<T, string> Build()
        {
            var names = new Dictionary<T, string>();
            foreach (var value in Enum.GetValues<T>())
            {
                names.TryAdd(value, value.ToString().ToLowerInvariant());
            }

            return names;
        }
    }
}
