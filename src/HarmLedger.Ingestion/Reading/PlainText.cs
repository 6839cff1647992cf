namespace HarmLedger.Ingestion.Reading;

/// <summary>Normalises plain text: one kind of line break, no trailing whitespace at the end.</summary>
public static class PlainText
{
    /// <summary>Normalises line breaks to LF and trims the end, so evidence offsets are stable across platforms.</summary>
    public static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd();
}
