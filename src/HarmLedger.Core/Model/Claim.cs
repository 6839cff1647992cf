using System.Collections.Immutable;

namespace HarmLedger.Model;

/// <summary>One assertion found in a document, or entered by an analyst.</summary>
/// <param name="Kind">What sort of assertion this is.</param>
/// <param name="Perpetrator">The normalised name of who struck, if stated.</param>
/// <param name="Weapon">The normalised weapon or attack type, if stated.</param>
/// <param name="Date">When it happened.</param>
/// <param name="Place">Where it happened, or <c>null</c> when no place was found.</param>
/// <param name="Killed">Deaths by category, or <c>null</c> when the text gives no figure.</param>
/// <param name="Injured">Injuries by category, or <c>null</c> when the text gives no figure.</param>
/// <param name="Attribution">Who reports the figures, as named in the text.</param>
/// <param name="Evidence">The spans of text the claim rests on.</param>
/// <param name="Confidence">The extractor's confidence, 0 to 1.</param>
public sealed record Claim(
    ClaimKind Kind,
    string? Perpetrator,
    string? Weapon,
    DateSpan Date,
    Place? Place,
    Figures? Killed,
    Figures? Injured,
    ImmutableArray<string> Attribution,
    ImmutableArray<EvidenceSpan> Evidence,
    double Confidence);
