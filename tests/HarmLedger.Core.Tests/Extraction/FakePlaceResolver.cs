using HarmLedger.Gazetteer;
using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

/// <summary>Resolves the place names it is given wherever they occur in a text, in order of position.</summary>
internal sealed class FakePlaceResolver(params Place[] places) : IPlaceResolver
{
    private readonly Place[] _places = places;

    public IReadOnlyList<PlaceMention> FindPlaces(string text)
    {
        var mentions = new List<PlaceMention>();
        foreach (var place in _places)
        {
            for (var at = text.IndexOf(place.Name, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(place.Name, at + 1, StringComparison.Ordinal))
            {
                mentions.Add(new PlaceMention(at, at + place.Name.Length, place, 0.9));
            }
        }

        return mentions.OrderBy(m => m.Start).ToList();
    }
}
