using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>A date found in a sentence; <see cref="Reported"/> marks a report's date ("as reported on 3 May") rather than an event's.</summary>
internal readonly record struct DateMention(int Token, DateSpan Span, bool Reported);
