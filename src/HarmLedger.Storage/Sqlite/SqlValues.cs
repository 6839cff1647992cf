using System.Globalization;
using Microsoft.Data.Sqlite;

namespace HarmLedger.Storage.Sqlite;

/// <summary>Conversions between model values and SQLite column values.</summary>
internal static class SqlValues
{
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Date(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(SqliteDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static string? Lower<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value?.ToString().ToLowerInvariant();

    public static TEnum? Enum<TEnum>(SqliteDataReader reader, int ordinal)
        where TEnum : struct, Enum =>
        reader.IsDBNull(ordinal) ? null : System.Enum.Parse<TEnum>(reader.GetString(ordinal), ignoreCase: true);
}
