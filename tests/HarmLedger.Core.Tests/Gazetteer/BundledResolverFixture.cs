using HarmLedger.Gazetteer;

namespace HarmLedger.Tests.Gazetteer;

/// <summary>The resolver over the bundled gazetteer, loaded once for a test class.</summary>
public sealed class BundledResolverFixture
{
    public GazetteerResolver Resolver { get; } = GazetteerResolver.LoadBundled();
}
