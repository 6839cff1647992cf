namespace HarmLedger.Model;

/// <summary>A count of people as an inclusive range, as monitors record tolls.</summary>
/// <remarks>
/// Both bounds are inclusive. A <c>null</c> <see cref="Max"/> means the text set no upper bound
/// ("at least 12" is <c>{12, null}</c>); it does not mean the count is unknown.
/// </remarks>
public readonly record struct FigureRange(int Min, int? Max)
{
    /// <summary>An exact count: <c>{n, n}</c>.</summary>
    public static FigureRange Exactly(int n) => new(n, n);

    /// <summary>A lower bound only: <c>{n, null}</c>.</summary>
    public static FigureRange AtLeast(int n) => new(n, null);

    /// <summary>Whether the range is a single number.</summary>
    public bool IsExact => Max == Min;

    /// <summary>Adds two ranges bound for bound; an open upper bound stays open.</summary>
    public FigureRange Plus(FigureRange other) =>
        new(Min + other.Min, Max is int a && other.Max is int b ? a + b : null);

    /// <inheritdoc />
    public override string ToString() =>
        Max is null ? $"{Min}+" : IsExact ? Min.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Min}–{Max}";
}
