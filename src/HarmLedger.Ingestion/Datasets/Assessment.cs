namespace HarmLedger.Ingestion.Datasets;

/// <summary>A belligerent's finding on an allegation of civilian harm.</summary>
public enum Assessment
{
    /// <summary>Received but not yet assessed.</summary>
    NotAssessed,

    /// <summary>The belligerent finds it more likely than not that it caused civilian harm.</summary>
    Credible,

    /// <summary>The belligerent finds it did not cause civilian harm, or lacks the information to say.</summary>
    NonCredible,

    /// <summary>The allegation repeats another one.</summary>
    Duplicate,
}
