using System.Collections.Immutable;
using System.Text;

namespace HarmLedger.Export;

/// <summary>Joins names into one cell as <c>a; b</c> and splits them back, escaping <c>;</c> and <c>\</c>.</summary>
public static class ListCell
{
    /// <summary>Joins names with <c>"; "</c>, writing a semicolon or backslash inside a name as <c>\;</c> or <c>\\</c>.</summary>
    public static string Join(IEnumerable<string> names) =>
        string.Join("; ", names.Select(n => n.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)));

    /// <summary>Splits a cell written by <see cref="Join"/>; an empty cell is an empty list.</summary>
    public static ImmutableArray<string> Split(string cell)
    {
        if (cell.Length == 0)
        {
            return [];
        }

        var names = ImmutableArray.CreateBuilder<string>();
        var name = new StringBuilder();
        for (var i = 0; i < cell.Length; i++)
        {
            var ch = cell[i];
            if (ch == '\\' && i + 1 < cell.Length)
            {
                name.Append(cell[++i]);
            }
            else if (ch == ';')
            {
                names.Add(name.ToString());
                name.Clear();

                // The separator is "; ": drop the one space Join wrote.
                if (i + 1 < cell.Length && cell[i + 1] == ' ')
                {
                    i++;
                }
            }
            else
            {
                name.Append(ch);
            }
        }

        names.Add(name.ToString());
        return names.ToImmutable();
    }
}
