using System.Collections.Immutable;
using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>Configuration of the rule-based extractor.</summary>
/// <param name="Quantifiers">Vague quantifier phrases and the ranges they stand for (see <see cref="QuantifierTable"/>).</param>
public sealed record ExtractionOptions(ImmutableDictionary<string, FigureRange> Quantifiers)
{
    /// <summary>The documented defaults.</summary>
    public static ExtractionOptions Default { get; } = new(QuantifierTable.Default);
}
