using HarmLedger.Ingestion.Reading;

namespace HarmLedger.Cli.Commands;

/// <summary>Expands the paths given to <c>ingest</c> into report files, in a stable order.</summary>
internal static class ReportFiles
{
    public static List<ReportFile> Expand(IEnumerable<string> paths)
    {
        var files = new List<ReportFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                // Inside a folder only report formats count; sidecars and other files are not reports.
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => ReportReader.FormatsByExtension.ContainsKey(System.IO.Path.GetExtension(f)))
                    .Where(f => !f.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new ReportFile(f, null)));
            }
            else if (File.Exists(path))
            {
                files.Add(new ReportFile(path, null));
            }
            else
            {
                files.Add(new ReportFile(path, "no such file or folder"));
            }
        }

        return files;
    }
}
