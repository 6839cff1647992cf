using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>A casualty figure found in a sentence: who, which harm, how many, and where in the text.</summary>
/// <param name="Breakdown">Whether the figure breaks down another ("including 3 children") and so is a subset of it.</param>
/// <param name="Additional">Whether it counts people beyond those already named ("two others", "3 more were also killed").</param>
/// <param name="Clause">Mentions coordinated in one clause ("4 soldiers and 3 police were killed") share this id and add up.</param>
/// <param name="OpenMin">Whether only the max was stated ("up to 10").</param>
/// <param name="Detail">Whether it singles out one person ("his wife was killed") rather than giving a toll.</param>
/// <param name="Name">For a person singled out by name, a key for the name (first two names, folded), else <c>null</c>.</param>
/// <param name="Member">Whether it names one member of a group counted already ("their four children – Hasan, 12, …"):
/// it counts only towards the roster of the named dead, never beside the group.</param>
/// <param name="Revision">Whether a source revises its toll to it ("later revised the toll down to 35"): it may lower
/// the min though it comes after the lead.</param>
/// <param name="Cumulative">Whether it is a running count the sentence adds its attack to ("…, bringing the number of
/// civilians killed in the province this month to 112"): a tally's figure, not the incident's.</param>
/// <param name="Side">For combatants, whose they are: 1 a state's forces ("soldiers", "police"), 2 an armed group's
/// ("militants", "attackers"), 0 not told. Opposing sides' dead add up, even in sentences of their own.</param>
/// <param name="Share">Whether its own words make it a share of people counted elsewhere ("18 of the dead are civilians",
/// "of them"), with or without a toll in its sentence to break down.</param>
/// <param name="Labelled">Whether a record's label names its people ("Civilians reported killed: 42–44"): the civilians
/// among the dead, a share of them where others are counted too.</param>
/// <param name="Early">Whether it is an early toll, told as such ("initially reported three dead"): a toll risen above it
/// after it supersedes it, and it sets no min.</param>
/// <param name="Risen">Whether a toll rose to it ("the toll rose to five").</param>
internal sealed record Mention(
    HarmKind Harm, VictimCategory Category, FigureRange Range, bool Vague, bool Breakdown, bool Additional,
    int Sentence, int Start, int End, int Clause = -1, bool OpenMin = false, bool Detail = false, string? Name = null, bool Member = false,
    bool Revision = false, bool Cumulative = false, sbyte Side = 0, bool Share = false, bool Labelled = false, bool Early = false, bool Risen = false);
