namespace HarmLedger.Extraction;

/// <summary>A phrase found at a token position: its value and how many tokens it spans.</summary>
internal readonly record struct PhraseMatch<T>(T Value, int Length);
