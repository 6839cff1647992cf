namespace HarmLedger.Gazetteer;

/// <summary>The outcome of reading one line of a GeoNames-format file: an entry, or the reason it could not be read.</summary>
/// <param name="LineNumber">The 1-based line number in the file.</param>
/// <param name="Entry">The entry, or <c>null</c> when the line is malformed.</param>
/// <param name="Error">Why the line was rejected, or <c>null</c> when it was read.</param>
public sealed record GeoNamesLine(long LineNumber, GazetteerEntry? Entry, string? Error)
{
    /// <summary>Whether the line was read into an entry.</summary>
    public bool IsValid => Entry is not null;
}
