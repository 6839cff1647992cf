using HarmLedger.Gazetteer;

namespace HarmLedger.Tests.Gazetteer;

public sealed class ConsonantSkeletonTests
{
    [Theory]
    [InlineData("Daulat Khan", "Dowlatkhan")]
    [InlineData("Sheyr Abad", "Shirabad")]
    [InlineData("Qarah Bagh", "Qarabagh")]
    public void Build_RomanisationsOfOneName_GiveTheSameSkeleton(string variant, string canonical)
    {
        var expected = Skeleton(canonical);

        var actual = Skeleton(variant);

        Assert.NotEqual("", actual);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("Ayu")]
    [InlineData("Nawa")]
    [InlineData("حلب")]
    public void Build_FewConsonantsOrNotLatin_HasNoSkeleton(string name)
    {
        var skeleton = Skeleton(name);

        Assert.Equal("", skeleton);
    }

    private static string Skeleton(string name)
    {
        var folded = ResolverVocabulary.Fold(name);
        Span<char> buffer = stackalloc char[ConsonantSkeleton.MaxLength];
        return new string(buffer[..ConsonantSkeleton.Build(folded, buffer)]);
    }
}
