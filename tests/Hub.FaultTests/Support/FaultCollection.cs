namespace Hub.FaultTests.Support;

/// <summary>Every fault test stops, kills or floods the one shared broker: they never run side by side.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "faults against the real broker";
}
