namespace HarmLedger.Benchmarks;

/// <summary>Pairwise precision and recall of a clustering against the truth, counted without enumerating pairs.</summary>
internal static class PairwiseQuality
{
    /// <summary>Precision: of the pairs put together, how many belong together; recall: of those that belong together, how many were.</summary>
    public static (double Precision, double Recall) Measure(IReadOnlyList<int> predicted, IReadOnlyList<int> truth)
    {
        static long Pairs(IEnumerable<int> sizes) => sizes.Sum(s => (long)s * (s - 1) / 2);
        var together = Pairs(predicted.GroupBy(p => p).Select(g => g.Count()));
        var belong = Pairs(truth.GroupBy(t => t).Select(g => g.Count()));
        var both = Pairs(predicted.Select((p, i) => (p, truth[i])).GroupBy(x => x).Select(g => g.Count()));
        return (together == 0 ? 1 : (double)both / together, belong == 0 ? 1 : (double)both / belong);
    }
}
