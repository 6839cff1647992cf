namespace HarmLedger.Model;

/// <summary>A cumulative figure for a scope, from a monitor or an official, as one document states it.</summary>
/// <param name="Reporter">Who keeps the tally (e.g. "SOHR").</param>
/// <param name="Belligerent">Whose strikes it counts, if it says.</param>
/// <param name="Country">The country it covers (ISO alpha-2), if it says.</param>
/// <param name="AsOf">The date the tally stood at (the document's publication date by default).</param>
public sealed record Tally(
    long Id, string? Reporter, string? Belligerent, string? Country, Figures Killed, DateOnly? AsOf, long DocumentId)
{
    /// <summary>The tally a <see cref="ClaimKind.Tally"/> claim states, or <c>null</c> when it gives no figure.</summary>
    public static Tally? From(Claim claim, string? reporter, DateOnly? asOf, long documentId) =>
        claim.Killed is null ? null : new(0, reporter, claim.Perpetrator, claim.Place?.Country, claim.Killed, asOf, documentId);
}
