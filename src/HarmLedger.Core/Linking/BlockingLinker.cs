using HarmLedger.Model;

namespace HarmLedger.Linking;

/// <summary>
/// Links many incident claims at once: each claim joins the best-scoring incident among those in its
/// block, or starts a new one. Blocks are (day, grid cell), so a claim is compared only with incidents
/// on nearby days in nearby cells: the work grows with the number of claims, not its square.
/// </summary>
/// <remarks>
/// The scoring is <see cref="IncidentLinker"/>'s, so bulk and one-at-a-time linking agree. An incident is
/// represented by the claim that started it, plus every perpetrator that joined it. Claims without a date
/// cannot be blocked and always start their own incident; multi-day spans are indexed on at most
/// <see cref="MaxIndexedDays"/> days. Cells are twice as wide in longitude as in latitude, so that a
/// cell's neighbours cover the linking distance everywhere up to 60° north or south.
/// </remarks>
public sealed class BlockingLinker(LinkingOptions options)
{
    /// <summary>Spans longer than this are indexed on their first days only.</summary>
    public const int MaxIndexedDays = 31;

    private const double KmPerDegree = 111.2;

    private readonly IncidentLinker _linker = new(options);
    private readonly double _fineCell = options.TownKm / KmPerDegree;
    private readonly double _coarseCell = options.ProvinceKm / KmPerDegree;

    /// <summary>Assigns every claim an incident number (0, 1, 2 … in order of first appearance).</summary>
    /// <param name="claims">The incident claims, in the order they arrived.</param>
    /// <param name="documents">The document of each claim, or <c>null</c> when every claim has its own: a document's
    /// claims are distinct events (an article's several strikes, a dataset's rows) and never join one incident.</param>
    public int[] Link(IReadOnlyList<Claim> claims, IReadOnlyList<long>? documents = null)
    {
        var assignment = new int[claims.Count];
        var incidents = new List<Incident>();
        var holders = new List<HashSet<long>?>();
        var index = new BlockIndex();
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            long? document = documents?[i];
            var best = BestMatch(claim, incidents, index, c => document is long d && holders[c]?.Contains(d) == true);
            if (best < 0)
            {
                best = incidents.Count;
                incidents.Add(Seed(claim, best));
                holders.Add(null);
                Index(claim, best, index);
            }

            if (document is long doc)
            {
                (holders[best] ??= []).Add(doc);
            }
            else if (claim.Perpetrator is string p && !incidents[best].Belligerents.Contains(p, StringComparer.OrdinalIgnoreCase))
            {
                incidents[best] = incidents[best] with { Belligerents = incidents[best].Belligerents.Add(p) };
            }

            assignment[i] = best;
        }

        return assignment;
    }

    private int BestMatch(Claim claim, List<Incident> incidents, BlockIndex index, Func<int, bool> excluded)
    {
        if (claim.Date.Start is not DateOnly start)
        {
            return -1;
        }

        var best = -1;
        var bestScore = double.MinValue;
        void Consider(List<int>? bucket)
        {
            if (bucket is null)
            {
                return;
            }

            foreach (var candidate in bucket)
            {
                // Ties go to the oldest incident, so the result does not depend on the order of the blocks.
                if (candidate != best && !excluded(candidate) && _linker.Score(claim, incidents[candidate]) is double score &&
                    (score > bestScore || (score == bestScore && candidate < best)))
                {
                    (best, bestScore) = (candidate, score);
                }
            }
        }

        var first = start.DayNumber - options.DayTolerance;
        var last = Math.Min((claim.Date.End ?? start).DayNumber, start.DayNumber + MaxIndexedDays) + options.DayTolerance;
        for (var day = first; day <= last; day++)
        {
            if (claim.Place is not Place place)
            {
                Consider(index.Placeless.GetValueOrDefault(day));
            }
            else if (place.Precision <= PlacePrecision.Town)
            {
                // A fine claim meets fine incidents within the town distance, coarse ones within the province distance
                // or in its province.
                ForNeighbours(day, place, _fineCell, key => Consider(index.Fine.GetValueOrDefault(key)));
                ForNeighbours(day, place, _coarseCell, key => Consider(index.CoarseOnly.GetValueOrDefault(key)));
                ConsiderProvince(day, place, index.CoarseOnlyByProvince, Consider);
            }
            else
            {
                ForNeighbours(day, place, _coarseCell, key => Consider(index.Coarse.GetValueOrDefault(key)));
                ConsiderProvince(day, place, index.ByProvince, Consider);
            }
        }

        return best;
    }

    private void Index(Claim claim, int incident, BlockIndex index)
    {
        if (claim.Date.Start is not DateOnly start)
        {
            return;
        }

        var last = Math.Min((claim.Date.End ?? start).DayNumber, start.DayNumber + MaxIndexedDays);
        for (var day = start.DayNumber; day <= last; day++)
        {
            if (claim.Place is not Place place)
            {
                Add(index.Placeless, day, incident);
                continue;
            }

            Add(index.Coarse, Cell(day, place, _coarseCell), incident);
            var province = IncidentLinker.ProvinceKey(place);
            if (province is not null)
            {
                Add(index.ByProvince, (day, province), incident);
            }

            if (place.Precision <= PlacePrecision.Town)
            {
                Add(index.Fine, Cell(day, place, _fineCell), incident);
            }
            else
            {
                Add(index.CoarseOnly, Cell(day, place, _coarseCell), incident);
                if (province is not null)
                {
                    Add(index.CoarseOnlyByProvince, (day, province), incident);
                }
            }
        }
    }

    private static void ConsiderProvince(
        int day, Place place, Dictionary<(int, string), List<int>> index, Action<List<int>?> consider)
    {
        if (IncidentLinker.ProvinceKey(place) is string province)
        {
            consider(index.GetValueOrDefault((day, province)));
        }
    }

    private static void ForNeighbours(int day, Place place, double cell, Action<(int, int, int)> visit)
    {
        var (_, x, y) = Cell(day, place, cell);
        for (var dx = -1; dx <= 1; dx++)
        {
            for (var dy = -1; dy <= 1; dy++)
            {
                visit((day, x + dx, y + dy));
            }
        }
    }

    private static (int, int, int) Cell(int day, Place place, double cell) =>
        (day, (int)Math.Floor(place.Lon / (2 * cell)), (int)Math.Floor(place.Lat / cell));

    private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int incident)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(incident);
    }

    /// <summary>The blocks: fine cells hold town-precise incidents, coarse cells all incidents, and coarse-only cells the rest.</summary>
    private sealed class BlockIndex
    {
        public Dictionary<(int, int, int), List<int>> Fine { get; } = [];

        public Dictionary<(int, int, int), List<int>> Coarse { get; } = [];

        public Dictionary<(int, int, int), List<int>> CoarseOnly { get; } = [];

        public Dictionary<int, List<int>> Placeless { get; } = [];

        public Dictionary<(int, string), List<int>> ByProvince { get; } = [];

        public Dictionary<(int, string), List<int>> CoarseOnlyByProvince { get; } = [];
    }

    private static Incident Seed(Claim claim, int number) => new(
        number, IncidentStatus.Automatic, Grade.Weak, claim.Date, claim.Place,
        claim.Perpetrator is null ? [] : [claim.Perpetrator], claim.Killed, claim.Injured, 1, 1, []);
}
