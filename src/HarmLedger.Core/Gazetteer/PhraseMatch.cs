namespace HarmLedger.Gazetteer;

/// <summary>A run of words in a text that matches one or more gazetteer names, before it is resolved.</summary>
/// <param name="First">Index of the first word.</param>
/// <param name="Last">Index of the last word (inclusive).</param>
/// <param name="Start">UTF-16 offset of the mention, including an attached article.</param>
/// <param name="End">UTF-16 offset just past the mention, including a designator word ("province", "city").</param>
/// <param name="Candidates">Indexes of the places bearing the name.</param>
/// <param name="Designated">The kind the text says the place is ("X province", "X district"), or <c>null</c>.</param>
/// <param name="Relative">Whether the text puts the event near the place rather than in it.</param>
/// <param name="Loose">Whether the name matched only by its <see cref="LooseNameKey"/>.</param>
internal readonly record struct PhraseMatch(
    int First, int Last, int Start, int End, int[] Candidates, PlaceKind? Designated, bool Relative, bool Loose = false);
