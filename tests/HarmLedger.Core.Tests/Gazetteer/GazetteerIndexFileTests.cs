using HarmLedger.Gazetteer;
using HarmLedger.Model;

namespace HarmLedger.Tests.Gazetteer;

public sealed class GazetteerIndexFileTests : IDisposable
{
    private static readonly string[] Probes =
        ["kafr nabl", "kafr", "maiadin", "nahr saraj", "qala bagh", "zubda", "nowhere", "dair zur"];

    private static readonly string[] LooseProbes = ["nahrsaraj", "qalabagh", "kafrnabl"];

    private readonly string _directory = Directory.CreateTempSubdirectory("harmledger-index-").FullName;

    [Fact]
    public void Read_AfterTryWrite_GivesTheSamePlacesAndLookups()
    {
        var index = MadeUpIndex();
        var path = Path.Combine(_directory, "index");

        GazetteerIndexFile.TryWrite(path, index);
        var read = GazetteerIndexFile.Read(path);

        Assert.Equal(index.Places, read.Places);
        Assert.Equal(index.NameCount, read.NameCount);
        foreach (var probe in Probes)
        {
            Assert.Equal(index.Find(probe).ToArray(), read.Find(probe).ToArray());
            Assert.Equal(index.FindWord(probe, out var maxWords, out var longer).ToArray(), read.FindWord(probe, out var readMax, out var readLonger).ToArray());
            Assert.Equal((maxWords, longer), (readMax, readLonger));
        }

        foreach (var probe in LooseProbes)
        {
            Assert.Equal(index.FindLoose(probe).ToArray(), read.FindLoose(probe).ToArray());
        }
    }

    [Fact]
    public void MayStartLoose_StartsOfLooseKeysOnly_AreLetThrough()
    {
        var index = MadeUpIndex();

        Assert.True(index.MayStartLoose("nah"));
        Assert.True(index.MayStartLoose("nahrsa"));
        Assert.True(index.MayStartLoose("nahrsarajx"));
        Assert.True(index.MayStartLoose("qalab"));
        Assert.True(index.MayStartLoose("na"));
        Assert.False(index.MayStartLoose("zzz"));
        Assert.False(index.MayStartLoose("nahx"));
    }

    [Fact]
    public void Read_FileCutShort_Throws()
    {
        var path = Written();
        using (var file = new FileStream(path, FileMode.Open))
        {
            file.SetLength(file.Length - 3);
        }

        Assert.Throws<InvalidDataException>(() => GazetteerIndexFile.Read(path));
    }

    [Fact]
    public void Read_OneByteChanged_Throws()
    {
        var path = Written();
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length * 2 / 3] ^= 0x10;
        File.WriteAllBytes(path, bytes);

        Assert.Throws<InvalidDataException>(() => GazetteerIndexFile.Read(path));
    }

    [Fact]
    public void Read_FileFromAnotherBuild_Throws()
    {
        var path = Written();
        var bytes = File.ReadAllBytes(path);
        bytes[Array.IndexOf(bytes, (byte)'\n') + 1] ^= 0xFF;
        File.WriteAllBytes(path, bytes);

        Assert.Throws<InvalidDataException>(() => GazetteerIndexFile.Read(path));
    }

    [Fact]
    public void Read_MissingFile_Throws()
    {
        Assert.Throws<InvalidDataException>(() => GazetteerIndexFile.Read(Path.Combine(_directory, "none")));
    }

    [Fact]
    public void TryWrite_DirectoryMissing_WritesNothing()
    {
        var path = Path.Combine(_directory, "missing", "index");

        GazetteerIndexFile.TryWrite(path, MadeUpIndex());

        Assert.False(File.Exists(path));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Written()
    {
        var path = Path.Combine(_directory, "index");
        GazetteerIndexFile.TryWrite(path, MadeUpIndex());
        return path;
    }

    private static GazetteerIndex MadeUpIndex()
    {
        using var builder = new GazetteerIndexBuilder();
        builder.AddNames(Town("Kafr Nabl", 1, "SY"), ["Kafr Nabl", "Kafranbel"]);
        builder.AddNames(Town("Al Mayadin", 2, "SY"), ["Al Mayadin", "Mayadeen"]);
        builder.AddNames(Town("Nahr-e Saraj", 3, "AF"), ["Nahr-e Saraj", "Qala-ye Bagh"]);
        builder.AddNames(Town("Qala Bagh", 4, "AF"), ["Qala-ye Bagh"]);
        builder.AddNames(new IndexedPlace(new Place("Deir ez-Zor", "Deir ez-Zor", "SY", 35.3, 40.1, PlacePrecision.Province, null), PlaceKind.Province, "07", 5.0), ["Deir ez-Zor"]);
        return builder.Build();
    }

    private static IndexedPlace Town(string name, long id, string country) =>
        new(new Place(name, null, country, 35.0 + id, 40.0, PlacePrecision.Town, id), PlaceKind.Town, "01", 3.5, Seat: id % 2 == 0);
}
