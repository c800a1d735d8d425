namespace Hub.Benchmarks;

/// <summary>How long and how hard each part of the run goes. <c>--smoke</c> shrinks everything to seconds.</summary>
public sealed record RunSettings
{
    public bool Smoke { get; init; }

    /// <summary>Sample every service's CPU with perf during the ingest load (<c>--profile</c>).</summary>
    public bool Profile { get; init; }
    public string Label { get; init; } = "run";
    public string ResultsFolder { get; init; } = "";
    /// <summary>The parts to run: anchors, view, ingest, bulk, freshness, size, standalone (all by default).</summary>
    public IReadOnlySet<string> Parts { get; init; } = AllParts;

    public static readonly IReadOnlySet<string> AllParts = new HashSet<string> { "anchors", "view", "ingest", "bulk", "freshness", "size", "standalone" };

    public bool Runs(string part) => Parts.Contains(part);

    public bool Distributed => Runs("view") || Runs("ingest") || Runs("bulk") || Runs("freshness") || Runs("size");

    public TimeSpan AnchorDuration { get; init; } = TimeSpan.FromSeconds(10);
    public int HttpConnections { get; init; } = 32;

    public TimeSpan IngestDuration { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan StandaloneIngestDuration { get; init; } = TimeSpan.FromSeconds(30);
    public int IngestConnections { get; init; } = 16;
    /// <summary>The ingest load run before each measured ingest, not counted (warms the JIT's tiers and the caches).</summary>
    public TimeSpan IngestWarmUp { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The bulk path (<c>POST /api/{centre}/batch</c>), measured apart from the single requests.</summary>
    public TimeSpan BulkDuration { get; init; } = TimeSpan.FromSeconds(15);
    public int BulkConnections { get; init; } = 4;
    public int BulkBatchSize { get; init; } = 500;

    public double FixedRate { get; init; } = 1000;
    public TimeSpan FreshnessDuration { get; init; } = TimeSpan.FromSeconds(20);
    public TimeSpan ViewDuration { get; init; } = TimeSpan.FromSeconds(15);
    public int ViewConnections { get; init; } = 8;
    public int SmallCitizens { get; init; } = 10_000;
    public int LargeCitizens { get; init; } = 1_000_000;

    public static RunSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var only = Value("--only")?.Split(',').SelectMany(p => p == "distributed" ? ["view", "ingest", "bulk", "freshness", "size"] : new[] { p }).ToHashSet();
        var settings = args.Contains("--smoke") ? SmokeSettings() : new RunSettings();
        return settings with
        {
            Label = Value("--label") ?? (settings.Smoke ? "smoke" : "run"),
            ResultsFolder = Value("--results") ?? Path.Combine(global::Hub.Testing.HubTopology.RepositoryRoot(), "benchmarks", "results"),
            Parts = only ?? AllParts,
            Profile = args.Contains("--profile"),
        };
    }

    private static RunSettings SmokeSettings() => new()
    {
        Smoke = true,
        AnchorDuration = TimeSpan.FromSeconds(1),
        HttpConnections = 4,
        IngestDuration = TimeSpan.FromSeconds(2),
        StandaloneIngestDuration = TimeSpan.FromSeconds(2),
        IngestConnections = 4,
        IngestWarmUp = TimeSpan.FromSeconds(1),
        BulkDuration = TimeSpan.FromSeconds(2),
        BulkConnections = 2,
        BulkBatchSize = 20,
        FixedRate = 50,
        FreshnessDuration = TimeSpan.FromSeconds(2),
        ViewDuration = TimeSpan.FromSeconds(2),
        ViewConnections = 2,
        SmallCitizens = 100,
        LargeCitizens = 1_000,
    };

    public string Seconds(TimeSpan duration) => $"{duration.TotalSeconds:0} s";
}
