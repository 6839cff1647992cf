using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using HarmLedger.Model;

namespace HarmLedger.Gazetteer;

/// <summary>Finds place names in report text with a hash index over every gazetteer name and resolves each in context.</summary>
/// <remarks>
/// Built once and immutable afterwards, so one instance serves concurrent <see cref="FindPlaces"/> calls.
/// Names match case-, diacritic- and article-insensitively ("al-Mayadin", "Mayādīn", "Mayadeen", "الميادين").
/// A Latin-script name must be capitalised in the text; a one-word name that is a common English word ("Police",
/// "March") is never matched. A place after "near", "outskirts of", "east of"… keeps its own point with a lower score.
/// </remarks>
public sealed partial class GazetteerResolver : IPlaceResolver
{
    private readonly IndexedPlace[] _places;

    // The places' kinds side by side: telling a name's candidates apart by kind then reads no place.
    private readonly PlaceKind[] _kinds;

    // A town's place at district precision ("X district"), made once per town rather than per mention, so that the same
    // place is the same object from text to text (the JSON writer keeps each place's output by object). Filled on first
    // use; threads that race to fill an entry make equal places.
    private readonly Place?[] _districtPlaces;

    // Each place's country and province as a number (-1 for none) that a text's context counts it by; and how many
    // numbers there are.
    private readonly int[] _countryUnits;
    private readonly int[] _provinceUnits;
    private readonly int _contextUnits;
    private readonly GazetteerIndex _index;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopwords;
    private readonly ResolverVocabulary _vocabulary;

    /// <summary>Builds a resolver over GeoNames entries (classes P and A; others are ignored), provinces, countries and stopwords.</summary>
    /// <param name="entries">Gazetteer entries; a later entry with the same non-zero GeoNames id replaces an earlier one.</param>
    /// <param name="provinces">First-order units, which name <see cref="Place.Admin1"/> and resolve at province precision.</param>
    /// <param name="countries">Countries and their demonyms, which resolve at country precision.</param>
    /// <param name="stopwords">Words never matched as a one-word place name, compared after folding.</param>
    public GazetteerResolver(
        IEnumerable<GazetteerEntry> entries,
        IEnumerable<Admin1Division> provinces,
        IEnumerable<CountryEntry> countries,
        IEnumerable<string> stopwords)
        : this(BuildIndex(FoldedEntry.FoldAll(entries), provinces, countries), stopwords)
    {
    }

    private GazetteerResolver(GazetteerIndex index, IEnumerable<string> stopwords)
    {
        _index = index;
        _places = index.Places;
        _kinds = Array.ConvertAll(_places, p => p.Kind);
        _districtPlaces = new Place?[_places.Length];
        var units = new Dictionary<string, int>(StringComparer.Ordinal);
        _countryUnits = Array.ConvertAll(_places, p => UnitNumber(units, p.Place.Country));
        _provinceUnits = Array.ConvertAll(_places, p => p.ProvinceKey.Length == 0 ? -1 : UnitNumber(units, p.ProvinceKey));
        _contextUnits = units.Count;
        _vocabulary = new ResolverVocabulary();
        _stopwords = ResolverVocabulary.FoldAll(stopwords).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The number of places indexed (towns, admin units, provinces, countries).</summary>
    public int PlaceCount => _places.Length;

    /// <summary>The number of distinct folded names indexed.</summary>
    public int NameCount => _index.NameCount;

    private static GazetteerIndex BuildIndex(
        IEnumerable<FoldedEntry> entries, IEnumerable<Admin1Division> provinces, IEnumerable<CountryEntry> countries)
    {
        var provinceList = provinces.ToList();
        var admin1Names = provinceList
            .GroupBy(p => Admin1Key(p.Country, p.Code))
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        using var builder = new GazetteerIndexBuilder();
        var byId = new Dictionary<long, int>();
        foreach (var (entry, keys) in entries)
        {
            var place = IndexedPlace.FromEntry(entry, admin1Names.GetValueOrDefault(Admin1Key(entry.CountryCode, entry.Admin1Code)));
            if (place is null)
            {
                continue;
            }

            if (entry.GeonameId > 0 && byId.TryGetValue(entry.GeonameId, out var existing))
            {
                builder.Replace(existing, place, keys);
                continue;
            }

            var index = builder.Add(place, keys);
            if (entry.GeonameId > 0)
            {
                byId[entry.GeonameId] = index;
            }
        }

        // A name in the country table is a country even where it also names a province ("Gaza Strip").
        var countryList = countries.ToList();
        var countryNames = ResolverVocabulary.FoldAll(countryList.SelectMany(c => c.AlternateNames.Append(c.Name)));
        foreach (var province in provinceList)
        {
            var place = new Place(province.Name, province.Name, province.Country, province.Lat, province.Lon, PlacePrecision.Province, null);
            var names = province.AlternateNames.Append(province.Name).Where(n => !countryNames.Contains(ResolverVocabulary.Fold(n)));
            builder.AddNames(new IndexedPlace(place, PlaceKind.Province, province.Code, 5.0), names);
        }

        foreach (var country in countryList)
        {
            var place = new Place(country.Name, null, country.Code, country.Lat, country.Lon, PlacePrecision.Country, null);
            builder.AddNames(new IndexedPlace(place, PlaceKind.Country, "", 10.0), country.AlternateNames.Append(country.Name));
        }

        return builder.Build();
    }

    /// <summary>Builds a resolver over the bundled gazetteer, plus any extra entries (e.g. from an imported GeoNames dump).</summary>
    /// <param name="extraEntries">Entries added after the bundled ones; an entry with a bundled GeoNames id replaces it.</param>
    /// <param name="cacheFile">
    /// A file to keep the built index of the bundled gazetteer in, written if missing or stale and read by later calls;
    /// <c>null</c> for none. With extra entries the index is built anew, and the bundled entries once folded are kept in
    /// the same path with ".folded" appended.
    /// </param>
    /// <remarks>
    /// Without a usable cache file the bundled entries are read (decompressed, parsed and folded) on a second thread
    /// while this one indexes. The resolver is the same either way; a cache file that cannot be read or written is passed over.
    /// </remarks>
    public static GazetteerResolver LoadBundled(IEnumerable<GazetteerEntry>? extraEntries = null, string? cacheFile = null)
    {
        var extra = extraEntries?.ToList() ?? [];
        if (extra.Count > 0)
        {
            return LoadWithExtra(extra, cacheFile is null ? null : cacheFile + ".folded");
        }

        if (cacheFile is null)
        {
            return Load(FoldBundled, extra);
        }

        try
        {
            return new GazetteerResolver(GazetteerIndexFile.Read(cacheFile), BundledGazetteer.ReadStopwords());
        }
        catch (InvalidDataException)
        {
            // No index file yet, or a stale or damaged one: build the index again, and keep it for next time.
        }

        var resolver = Load(FoldBundled, extra);
        GazetteerIndexFile.TryWrite(cacheFile, resolver._index);
        return resolver;
    }

    private static GazetteerResolver LoadWithExtra(List<GazetteerEntry> extraEntries, string? foldedFile)
    {
        if (foldedFile is null)
        {
            return Load(FoldBundled, extraEntries);
        }

        try
        {
            return Load(() => FoldedGazetteerCache.Read(foldedFile), extraEntries);
        }
        catch (InvalidDataException)
        {
            // No cache yet, or a stale or damaged one: fold the bundled file again, and keep the result for next time.
        }

        var folded = new List<FoldedEntry>();
        var resolver = Load(FoldBundled, extraEntries, folded);
        FoldedGazetteerCache.TryWrite(foldedFile, folded);
        return resolver;
    }

    private static IEnumerable<FoldedEntry> FoldBundled() => FoldedEntry.FoldAll(BundledGazetteer.ReadEntries());

    // The bundled entries are read on a second thread (and also added to `folded` when given); an error reading them is
    // thrown here once this thread is done.
    private static GazetteerResolver Load(
        Func<IEnumerable<FoldedEntry>> bundledEntries, IEnumerable<GazetteerEntry> extraEntries, List<FoldedEntry>? folded = null)
    {
        using var cancel = new CancellationTokenSource();
        using var batches = new BlockingCollection<FoldedEntry[]>(boundedCapacity: 4);
        var reader = Task.Run(
            () =>
            {
                try
                {
                    foreach (var batch in bundledEntries().Chunk(1024))
                    {
                        folded?.AddRange(batch);
                        batches.Add(batch, cancel.Token);
                    }
                }
                finally
                {
                    batches.CompleteAdding();
                }
            },
            cancel.Token);
        try
        {
            var bundled = batches.GetConsumingEnumerable(cancel.Token).SelectMany(batch => batch);
            var index = BuildIndex(
                bundled.Concat(FoldedEntry.FoldAll(extraEntries)), BundledGazetteer.ReadAdmin1Divisions(), BundledGazetteer.ReadCountries());
            return new GazetteerResolver(index, BundledGazetteer.ReadStopwords());
        }
        catch
        {
            cancel.Cancel();
            throw;
        }
        finally
        {
            // Surfaces a read error, or waits out the cancelled reader, before the collection is disposed.
            try
            {
                reader.Wait(CancellationToken.None);
            }
            catch (AggregateException error) when (cancel.IsCancellationRequested)
            {
                _ = error;
            }
            catch (AggregateException error) when (error.InnerExceptions.Count == 1)
            {
                ExceptionDispatchInfo.Capture(error.InnerExceptions[0]).Throw();
            }
        }
    }

    private static string Admin1Key(string country, string code) => country + "." + code;

    private static int UnitNumber(Dictionary<string, int> units, string key)
    {
        if (!units.TryGetValue(key, out var number))
        {
            number = units.Count;
            units[key] = number;
        }

        return number;
    }
}
