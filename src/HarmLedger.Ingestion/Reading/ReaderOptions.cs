namespace HarmLedger.Ingestion.Reading;

/// <summary>Bounds on what a reader accepts.</summary>
/// <param name="MaxBytes">The largest report accepted; news articles are kilobytes, so 10 MB leaves room for bloated HTML.</param>
public sealed record ReaderOptions(long MaxBytes = 10 * 1024 * 1024)
{
    /// <summary>The defaults.</summary>
    public static readonly ReaderOptions Default = new();
}
