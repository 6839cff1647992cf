namespace HarmLedger.Linking;

/// <summary>Two incidents that may describe one event, with how alike they are (0 to 1).</summary>
public sealed record LikelyDuplicate(long First, long Second, double Score);
