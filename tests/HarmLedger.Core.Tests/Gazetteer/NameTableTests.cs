using HarmLedger.Gazetteer;

namespace HarmLedger.Tests.Gazetteer;

public sealed class NameTableTests
{
    private static readonly string[] Names =
    [
        "kafr nabl", "maiadin", "dair zur", "nahr saraj", "halab", "a", "", "kabul", "kabu", "kabull", "tal abiad", "ادلب",
    ];

    [Fact]
    public void Find_EachName_ReturnsItsPosition()
    {
        var table = NameTable.Create(Names);

        var ids = Names.Select(n => table.Find(n)).ToArray();

        Assert.Equal(Enumerable.Range(0, Names.Length), ids);
    }

    [Theory]
    [InlineData("kafr", " nabl")]
    [InlineData("dair", " zur")]
    [InlineData("", "halab")]
    [InlineData("nahr saraj", "")]
    public void ContinueHash_OfAPrefixsHash_IsTheWholeNamesHash(string prefix, string rest)
    {
        var continued = NameTable.ContinueHash(NameTable.Hash(prefix), rest);

        Assert.Equal(NameTable.Hash(prefix + rest), continued);
    }

    [Fact]
    public void Find_WithTheNamesHash_ReturnsItsPosition()
    {
        var table = NameTable.Create(Names);

        var ids = Names.Select(n => table.Find(n, NameTable.Hash(n))).ToArray();

        Assert.Equal(Enumerable.Range(0, Names.Length), ids);
    }

    [Theory]
    [InlineData("kab")]
    [InlineData("kafr")]
    [InlineData("kafr nabl ")]
    [InlineData("Kabul")]
    [InlineData("halab|kabul")]
    public void Find_AbsentName_ReturnsMinusOne(string name)
    {
        var table = NameTable.Create(Names);

        var id = table.Find(name);

        Assert.Equal(-1, id);
    }

    [Fact]
    public void Find_ManyMadeUpNames_AgreesWithADictionary()
    {
        var random = new Random(7);
        var names = Enumerable.Range(0, 5000).Select(_ => MadeUpName(random)).Distinct(StringComparer.Ordinal).ToArray();
        var expected = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var table = NameTable.Create(names);
        var probes = names.Concat(Enumerable.Range(0, 5000).Select(_ => MadeUpName(random))).ToArray();

        var found = probes.Select(p => table.Find(p)).ToArray();

        Assert.Equal(probes.Select(p => expected.GetValueOrDefault(p, -1)), found);
    }

    [Fact]
    public void Name_OfAnId_IsTheNameGiven()
    {
        var table = NameTable.Create(Names);

        var name = table.Name(3).ToString();

        Assert.Equal("nahr saraj", name);
    }

    [Fact]
    public void Constructor_OffsetsPastTheCharacters_Throws()
    {
        var table = NameTable.Create(Names);

        Assert.Throws<InvalidDataException>(() => new NameTable(table.Chars[1..], table.Offsets, table.Slots, table.Filter));
    }

    [Fact]
    public void Find_InDamagedSlots_StaysInBounds()
    {
        var table = NameTable.Create(Names);
        var slots = Enumerable.Repeat(ulong.MaxValue, table.Slots.Length).ToArray();
        var filter = Enumerable.Repeat(ulong.MaxValue, table.Filter.Length).ToArray();
        var damaged = new NameTable(table.Chars, table.Offsets, slots, filter);

        var id = damaged.Find("halab");

        Assert.Equal(-1, id);
    }

    private static string MadeUpName(Random random)
    {
        var length = random.Next(1, 12);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = i > 0 && random.Next(6) == 0 ? ' ' : (char)('a' + random.Next(8));
        }

        return new string(chars);
    }
}
