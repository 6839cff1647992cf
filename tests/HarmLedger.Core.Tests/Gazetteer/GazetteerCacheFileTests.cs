using HarmLedger.Gazetteer;

namespace HarmLedger.Tests.Gazetteer;

public sealed class GazetteerCacheFileTests(BundledResolverFixture fixture) : IClassFixture<BundledResolverFixture>, IDisposable
{
    private const string Text =
        "Airstrikes hit Al Mayadin and Deir ez-Zor. Shelling in Kafr Nabl, Idlib province, and a mine in Nahri Saraj " +
        "district, Helmand. Gunmen attacked a checkpoint near Kirkuk; in Aleppo, Syria, a car bomb killed 4.";

    private readonly string _directory = Directory.CreateTempSubdirectory("harmledger-cache-").FullName;

    [Fact]
    public void LoadBundled_CacheFile_IsWrittenThenReadWithTheSamePlaces()
    {
        var path = Path.Combine(_directory, "gazetteer.cache");

        var writing = GazetteerResolver.LoadBundled(cacheFile: path);
        var written = new FileInfo(path).Length;
        var reading = GazetteerResolver.LoadBundled(cacheFile: path);

        Assert.True(written > 0);
        Assert.Equal(fixture.Resolver.FindPlaces(Text), writing.FindPlaces(Text));
        Assert.Equal(fixture.Resolver.FindPlaces(Text), reading.FindPlaces(Text));
        Assert.Equal(fixture.Resolver.PlaceCount, reading.PlaceCount);
        Assert.Equal(fixture.Resolver.NameCount, reading.NameCount);
    }

    [Fact]
    public void LoadBundled_CacheFileCutShort_IsWrittenAgain()
    {
        var path = Path.Combine(_directory, "gazetteer.cache");
        GazetteerResolver.LoadBundled(cacheFile: path);
        var whole = new FileInfo(path).Length;
        using (var file = new FileStream(path, FileMode.Open))
        {
            file.SetLength(whole / 2);
        }

        var resolver = GazetteerResolver.LoadBundled(cacheFile: path);

        Assert.Equal(fixture.Resolver.FindPlaces(Text), resolver.FindPlaces(Text));
        Assert.Equal(whole, new FileInfo(path).Length);
    }

    [Fact]
    public void LoadBundled_CacheFileThatCannotBeWritten_IsPassedOver()
    {
        var path = Path.Combine(_directory, "missing", "gazetteer.cache");

        var resolver = GazetteerResolver.LoadBundled(cacheFile: path);

        Assert.Equal(fixture.Resolver.FindPlaces(Text), resolver.FindPlaces(Text));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void LoadBundled_ExtraEntriesWithCacheFile_KeepFoldedEntriesBesideIt()
    {
        var path = Path.Combine(_directory, "gazetteer.cache");
        var extra = new[] { GeoNamesRows.Entry(9000201, "Qaryat Zubda", "", 35.1, 40.5, "SY", "07") };

        var writing = GazetteerResolver.LoadBundled(extra, path);
        var reading = GazetteerResolver.LoadBundled(extra, path);

        Assert.True(File.Exists(path + ".folded"));
        Assert.False(File.Exists(path));
        Assert.Equal(9000201, writing.FindPlaces("Qaryat Zubda").Single().Place.GeonameId);
        Assert.Equal(writing.FindPlaces(Text + " Qaryat Zubda"), reading.FindPlaces(Text + " Qaryat Zubda"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
