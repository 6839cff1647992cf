namespace HarmLedger.Gazetteer;

/// <summary>One word of a text as the resolver sees it: where it is, and where its folded key sits in the key buffer.</summary>
/// <param name="Start">UTF-16 offset of the word (or of an Arabic article written before it, "al-").</param>
/// <param name="End">UTF-16 offset just past the word.</param>
/// <param name="KeyStart">Offset of the folded word in <see cref="TokenizedText.Keys"/>.</param>
/// <param name="KeyLength">Length of the folded word.</param>
/// <param name="Capitalised">Whether the word starts with an upper-case letter or is in an uncased script (Arabic, Hebrew).</param>
/// <param name="AllCaps">Whether every letter is upper case.</param>
/// <param name="BreakBefore">Whether punctuation (not just spaces or a hyphen) separates it from the previous word.</param>
internal readonly record struct PlaceToken(
    int Start, int End, int KeyStart, int KeyLength, bool Capitalised, bool AllCaps, bool BreakBefore);
