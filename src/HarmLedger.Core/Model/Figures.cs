using System.Collections.Immutable;

namespace HarmLedger.Model;

/// <summary>The figures a claim gives for one harm (killed or injured), by victim category.</summary>
/// <remarks>
/// A category that is absent was not stated; it is not zero. <see cref="VictimCategory.Total"/>
/// is present whenever any category is (DESIGN.md, the <c>extract</c> contract).
/// </remarks>
public sealed record Figures(ImmutableSortedDictionary<VictimCategory, FigureRange> ByCategory)
{
    /// <summary>No figure at all.</summary>
    public static readonly Figures Empty = new(ImmutableSortedDictionary<VictimCategory, FigureRange>.Empty);

    /// <summary>The range for a category, or <c>null</c> when the text gave none.</summary>
    public FigureRange? this[VictimCategory category] =>
        ByCategory.TryGetValue(category, out var range) ? range : null;

    /// <summary>Whether no category has a figure.</summary>
    public bool IsEmpty => ByCategory.IsEmpty;

    /// <summary>A copy with one category set.</summary>
    public Figures With(VictimCategory category, FigureRange range) => new(ByCategory.SetItem(category, range));

    /// <summary>Builds figures from pairs, e.g. <c>Figures.Of((Civilians, Exactly(3)))</c>.</summary>
    public static Figures Of(params (VictimCategory Category, FigureRange Range)[] pairs) =>
        new(pairs.ToImmutableSortedDictionary(p => p.Category, p => p.Range));

    /// <inheritdoc />
    public bool Equals(Figures? other) =>
        other is not null && ByCategory.Count == other.ByCategory.Count &&
        ByCategory.All(kv => other.ByCategory.TryGetValue(kv.Key, out var r) && r == kv.Value);

    /// <inheritdoc />
    public override int GetHashCode() => ByCategory.Count;
}
