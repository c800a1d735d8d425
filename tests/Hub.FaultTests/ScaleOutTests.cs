using Hub.FaultTests.Support;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.FaultTests;

/// <summary>
/// Several processes of one service on one database (SQLite in WAL mode) and one queue, competing for its
/// messages (docs/scaling.md): they must end where one process ends, every event applied once.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ScaleOutTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_hub_instances_on_one_database_and_one_queue_end_in_the_same_state_as_one_even_with_one_killed_mid_stream()
    {
        var stream = GeneratedStream.Create(atLeastEvents: 8000, citizens: 2000, seed: 41).Shuffled(seed: 42);

        var one = await ScaleOutRun.ApplyAsync("scale-one", stream, hubs: 1, killOneMidStream: false, output);
        var two = await ScaleOutRun.ApplyAsync("scale-two", stream, hubs: 2, killOneMidStream: true, output);

        // The stream must exercise what is compared: coordinated citizens (leads, plans) and alerts of the deadline pass.
        Assert.True(one.State.CitizensWithLead.Count >= 25, $"too few coordinated citizens to compare: {one.State}");
        Assert.True(one.State.ActivePlans.Count >= 25, $"too few active plans to compare: {one.State}");
        Assert.True(one.State.OpenAlerts.Count >= 5, $"too few alerts to compare: {one.State}");
        Assert.Empty(one.State.InvalidLeads);
        Assert.Empty(two.State.InvalidLeads);
        Assert.Empty(two.State.DifferencesFrom(one.State));

        // Both instances took a real share, or the second run proved nothing about two instances.
        Assert.Equal(2, two.Consumed.Count);
        Assert.All(two.Consumed, consumed => Assert.True(consumed >= two.Messages * 0.10,
            $"each instance must consume a share of the {two.Messages} messages: {string.Join(", ", two.Consumed)}"));
    }

    [Fact]
    public async Task Two_processes_of_a_centre_on_one_database_take_its_requests_and_the_hub_gets_every_event_once()
    {
        await using var run = await FaultRun.StartAsync("centre-two", output, new Dictionary<string, int> { ["social"] = 2, ["employment"] = 2 });
        var workload = new CentreWorkload(run.Topology, cases: 800, citizens: 300);
        await workload.RunAsync(concurrency: 12);

        var drain = await run.DrainCentresAsync("the stream", run.Elapsed);
        var expected = await Databases.CommittedByCentresAsync(run.DataFolder);
        Assert.True(expected.Events.Count >= workload.Acknowledged);
        // Each case went to one process of its centre, alternating: every process of both centres answered its share.
        foreach (var process in new[] { "social", "social#2", "employment", "employment#2" }.Select(name => run.Topology[name]))
        {
            Assert.True(workload.AcknowledgedBy.GetValueOrDefault(process.BaseAddress) >= workload.Acknowledged / 10,
                $"{process.Name} answered {workload.AcknowledgedBy.GetValueOrDefault(process.BaseAddress)} of {workload.Acknowledged}");
        }

        run.Report(await Verdict.OfAsync(run.DataFolder, expected), new Dictionary<string, TimeSpan> { ["the stream"] = drain });
    }

    /// <summary>The hub's pace draining a filled queue with one and with two instances, in one session (HUB_BENCHMARKS=1).</summary>
    [BenchmarkFact]
    public async Task Hub_drain_rate_with_one_and_two_instances()
    {
        var stream = GeneratedStream.Create(atLeastEvents: 8000, citizens: 2000, seed: 51).Shuffled(seed: 52);
        var rates = new List<string>();
        foreach (var hubs in new[] { 1, 2, 1, 2, 1, 2 })
        {
            var outcome = await ScaleOutRun.ApplyAsync($"scale-bench-{hubs}", stream, hubs, killOneMidStream: false, output);
            rates.Add($"{hubs}: {outcome.AppliedPerSecond:0}/s (consumed {string.Join(" + ", outcome.Consumed)})");
        }

        output.WriteLine(string.Join("\n", rates));
    }
}
