namespace HarmLedger.Model;

/// <summary>The text a claim's figure or fact came from.</summary>
/// <remarks>
/// Offsets are UTF-16 code units into the document's extracted text, as .NET strings count;
/// <see cref="End"/> is exclusive.
/// </remarks>
public sealed record EvidenceSpan(int Start, int End, string Text);
