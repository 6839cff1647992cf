using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>The claims one document yields.</summary>
public sealed record ExtractionResult(IReadOnlyList<Claim> Claims);
