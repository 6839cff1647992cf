namespace HarmLedger.Gazetteer;

/// <summary>Finds the places a text names and resolves each to a gazetteer point.</summary>
public interface IPlaceResolver
{
    /// <summary>Every place mention in the text, in order of position, each resolved in the light of the whole text.</summary>
    /// <remarks>
    /// Resolution uses the text's context: a country or province named nearby ("in Mayadin, Deir ez-Zor")
    /// picks among places that share a name. Mentions that match nothing are not returned.
    /// </remarks>
    IReadOnlyList<PlaceMention> FindPlaces(string text);
}
