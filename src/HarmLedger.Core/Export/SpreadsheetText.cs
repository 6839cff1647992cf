namespace HarmLedger.Export;

/// <summary>Guards text cells against spreadsheet formula injection, reversibly.</summary>
/// <remarks>
/// A text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return
/// would be run as a formula by a spreadsheet, so the writer prefixes it with a single quote, as
/// spreadsheets themselves do. A cell that already starts with a single quote is prefixed too, so
/// that <see cref="Unprotect"/> (drop one leading quote) restores every text exactly.
/// Numbers are written as numbers and never prefixed.
/// </remarks>
public static class SpreadsheetText
{
    /// <summary>The text as it should be written to a cell.</summary>
    public static string Protect(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'' ? "'" + text : text;

    /// <summary>The text a protected cell stands for.</summary>
    public static string Unprotect(string cell) => cell.StartsWith('\'') ? cell[1..] : cell;
}
