using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HarmLedger.Geo;

/// <summary>Converts Military Grid Reference System references to and from WGS84 latitude/longitude.</summary>
/// <remarks>
/// Uses the WGS84 lettering ("AA" scheme): 100 km column letters come from one of three sets of
/// eight by zone number mod 3, row letters cycle A–V every 2,000 km and start at F in even
/// zones. A reference names a square, not a point: <see cref="Parse"/> returns its centre and
/// side. The polar UPS areas (bands A, B, Y, Z) are refused.
/// </remarks>
public static partial class Mgrs
{
    private const string Bands = "CDEFGHJKLMNPQRSTUVWX";
    private const string ColumnLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string RowLetters = "ABCDEFGHJKLMNPQRSTUV";
    private const double HundredKm = 100_000;
    private const double RowCycle = 2_000_000;

    /// <summary>Converts a reference such as <c>38SMB4484</c> or <c>38S MB 44 84</c> to the centre of its square.</summary>
    /// <exception cref="MgrsFormatException">The text is malformed, polar, or names a square outside its band.</exception>
    public static MgrsPoint Parse(string reference) =>
        TryParse(reference, out var point, out var error) ? point : throw new MgrsFormatException(reference, error);

    /// <summary>Converts a reference, or says why it cannot.</summary>
    public static bool TryParse(string? reference, [NotNullWhen(true)] out MgrsPoint? point, [NotNullWhen(false)] out string? error)
    {
        point = null;
        var text = Regex.Replace(reference ?? "", @"\s+", "").ToUpperInvariant();
        var match = Shape().Match(text);
        if (!match.Success)
        {
            error = Ups().IsMatch(text) ? "a polar UPS reference (bands A, B, Y, Z), which is not supported"
                : "expected a zone number, a band letter, two 100 km square letters and 0 to 5 digit pairs";
            return false;
        }

        var zone = int.Parse(match.Groups["zone"].Value, CultureInfo.InvariantCulture);
        var band = match.Groups["band"].Value[0];
        var column = match.Groups["col"].Value[0];
        var row = match.Groups["row"].Value[0];
        var digits = match.Groups["digits"].Value;
        error = Check(zone, band, column, row, digits);
        if (error is not null)
        {
            return false;
        }

        var pairs = digits.Length / 2;
        var accuracy = (int)Math.Pow(10, 5 - pairs);
        var set = (zone - 1) % 3;
        var easting = ((ColumnLetters.IndexOf(column, StringComparison.Ordinal) - (set * 8) + 1) * HundredKm) + Digits(digits[..pairs], pairs);
        var offset = zone % 2 == 0 ? 5 : 0;
        var rowNorthing = ((RowLetters.IndexOf(row, StringComparison.Ordinal) - offset + 20) % 20) * HundredKm;

        var bandIndex = Bands.IndexOf(band, StringComparison.Ordinal);
        var bandSouth = -80.0 + (bandIndex * 8);
        var bandNorth = band == 'X' ? 84.0 : bandSouth + 8;
        var north = band >= 'N';

        // The row letter repeats every 2,000 km; take the repeat whose square reaches into the band.
        var bandBottom = Utm.FromLatLon(bandSouth, Utm.CentralMeridian(zone), zone).Northing;
        while (rowNorthing + HundredKm <= bandBottom)
        {
            rowNorthing += RowCycle;
        }

        var northing = rowNorthing + Digits(digits[pairs..], pairs);
        var middle = easting + (accuracy / 2.0);
        var centre = Utm.ToLatLon(new UtmCoordinate(zone, north, middle, northing + (accuracy / 2.0)));

        // The square must overlap its band; 0.1° of slack allows for grid lines not following parallels.
        var bottom = Utm.ToLatLon(new UtmCoordinate(zone, north, middle, northing)).Lat;
        var top = Utm.ToLatLon(new UtmCoordinate(zone, north, middle, northing + accuracy)).Lat;
        if (bottom > bandNorth + 0.1 || top < bandSouth - 0.1)
        {
            error = $"square {column}{row} does not lie in band {band} of zone {zone}";
            return false;
        }

        point = new MgrsPoint(centre.Lat, centre.Lon, accuracy);
        return true;
    }

    /// <summary>The reference of the square of a given size (1 to 5 digit pairs, or 0) that holds a point.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The point is polar (outside 80°S–84°N) or the digits are not 0–5.</exception>
    public static string Format(double lat, double lon, int pairs = 5)
    {
        if (!(lat >= -80 && lat < 84) || !(lon >= -180 && lon <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(lat), "MGRS covers 80°S to 84°N; the poles use UPS");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(pairs);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pairs, 5);
        var utm = Utm.FromLatLon(lat, lon);
        var band = Bands[Math.Min((int)Math.Floor((lat + 80) / 8), Bands.Length - 1)];
        var set = (utm.Zone - 1) % 3;
        var columnIndex = Math.Clamp((int)Math.Floor(utm.Easting / HundredKm), 1, 8);
        var column = ColumnLetters[(set * 8) + columnIndex - 1];
        var offset = utm.Zone % 2 == 0 ? 5 : 0;
        var row = RowLetters[(((int)Math.Floor(utm.Northing / HundredKm) % 20) + offset) % 20];
        var scale = Math.Pow(10, 5 - pairs);
        var east = (int)Math.Floor((utm.Easting % HundredKm) / scale);
        var northDigits = (int)Math.Floor((utm.Northing % HundredKm) / scale);
        var format = pairs == 0 ? "" : new string('0', pairs);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{utm.Zone}{band}{column}{row}{(pairs == 0 ? "" : east.ToString(format, CultureInfo.InvariantCulture))}{(pairs == 0 ? "" : northDigits.ToString(format, CultureInfo.InvariantCulture))}");
    }

    private static string? Check(int zone, char band, char column, char row, string digits)
    {
        if (band is 'A' or 'B' or 'Y' or 'Z')
        {
            return $"band {band} is a polar UPS area, which is not supported";
        }

        if (zone is < 1 or > 60)
        {
            return $"zone {zone} is not between 1 and 60";
        }

        if (!Bands.Contains(band, StringComparison.Ordinal))
        {
            return $"'{band}' is not a latitude band letter";
        }

        if (digits.Length % 2 != 0)
        {
            return "the easting and northing need the same number of digits";
        }

        var set = (zone - 1) % 3;
        var columnIndex = ColumnLetters.IndexOf(column, StringComparison.Ordinal);
        if (columnIndex < set * 8 || columnIndex >= (set + 1) * 8)
        {
            return $"column letter {column} is not used in zone {zone}";
        }

        return RowLetters.Contains(row, StringComparison.Ordinal) ? null : $"row letter {row} does not exist (rows run A–V)";
    }

    private static double Digits(string digits, int pairs) =>
        pairs == 0 ? 0 : int.Parse(digits, CultureInfo.InvariantCulture) * Math.Pow(10, 5 - pairs);

    [GeneratedRegex(@"^(?<zone>\d{1,2})(?<band>[A-Z])(?<col>[A-Z])(?<row>[A-Z])(?<digits>\d{0,10})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^[ABYZ][A-Z]{2}\d*$", RegexOptions.CultureInvariant)]
    private static partial Regex Ups();
}
