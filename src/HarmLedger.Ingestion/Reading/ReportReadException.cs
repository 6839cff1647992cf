namespace HarmLedger.Ingestion.Reading;

/// <summary>Why an input could not be read, in words fit for a one-line error.</summary>
public sealed class ReportReadException : Exception
{
    public ReportReadException()
    {
    }

    public ReportReadException(string message)
        : base(message)
    {
    }

    public ReportReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
