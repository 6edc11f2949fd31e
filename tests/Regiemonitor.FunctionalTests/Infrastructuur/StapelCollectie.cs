namespace Regiemonitor.FunctionalTests.Infrastructuur;

/// <summary>
/// Functional tests run one stack at a time: each stack is five processes on a 2-core machine,
/// and the first run.sh may build, which must not run twice at once. Each data set gets
/// one stack, shared by the classes that read them.
/// </summary>
[CollectionDefinition(Naam, DisableParallelization = true)]
public sealed class StapelCollectie : ICollectionFixture<Dashboards.NationaleStapel>, ICollectionFixture<Dashboards.ProvincieStapel>,
    ICollectionFixture<Toezicht.ToezichtStapel>
{
    public const string Naam = "stapel";
}
