using Hub.FaultTests.Support;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.FaultTests;

/// <summary>A service process dies by SIGKILL in the middle of the stream and is started again on the same database file.</summary>
[Collection(FaultCollection.Name)]
public sealed class ProcessFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Hub_sigkilled_while_consuming_and_restarted_loses_and_doubles_nothing()
    {
        await using var run = await FaultRun.StartAsync("hub-sigkill", output);
        var workload = new CentreWorkload(run.Topology, cases: 800, citizens: 300);
        var stream = await run.StartStreamAsync(workload, share: 0.4);

        await run.Topology["coordination"].KillAsync();
        var inHubAtKill = await Databases.ScalarAsync(run.DataFolder, "coordination", "SELECT COUNT(*) FROM timeline_entries");
        run.Note($"hub SIGKILLed with {inHubAtKill} events applied, {workload.Acknowledged} acknowledged by the centres");
        await Task.Delay(TimeSpan.FromSeconds(1));
        await run.Topology["coordination"].StartAsync();
        var healed = run.Elapsed;
        run.Note("hub started again");
        await stream;

        var drain = await run.DrainCentresAsync("hub restart", healed);
        var expected = await Databases.CommittedByCentresAsync(run.DataFolder);
        Assert.True(expected.Events.Count >= workload.Acknowledged);
        Assert.True(inHubAtKill < expected.Events.Count, "the hub must have been killed before it had everything");
        run.Report(await Verdict.OfAsync(run.DataFolder, expected), new Dictionary<string, TimeSpan> { ["hub restart"] = drain },
            new { inHubAtKill });
    }

    [Fact]
    public async Task Centre_sigkilled_between_commit_and_publish_delivers_its_pending_outbox_after_restart()
    {
        await using var run = await FaultRun.StartAsync("centre-sigkill", output);
        var workload = new CentreWorkload(run.Topology, cases: 800, citizens: 300);
        var social = run.Topology["social"];
        var drains = new Dictionary<string, TimeSpan>();
        var pendingAtKills = new List<long>();
        var stream = await run.StartStreamAsync(workload, share: 0, concurrency: 16);

        // Kill during bursts until a kill catches committed rows not yet published (normally the first).
        foreach (var share in new[] { 0.3, 0.55, 0.8 })
        {
            while (workload.Started < workload.PlannedEvents * share && !stream.IsCompleted) await Task.Delay(20);
            await social.KillAsync();
            var pending = await Databases.PendingOutboxAsync(run.DataFolder, "social");
            pendingAtKills.Add(pending);
            run.Note($"social SIGKILLed with {pending} committed events not yet published");
            await Task.Delay(TimeSpan.FromSeconds(1));
            await social.StartAsync();
            drains[$"social restart {pendingAtKills.Count}"] = TimeSpan.Zero;
            var healed = run.Elapsed;
            if (pending > 0)
            {
                await Eventually.ReturnsAsync(() => Databases.PendingOutboxAsync(run.DataFolder, "social"), p => p == 0,
                    TimeSpan.FromSeconds(60), "the restarted relay to publish what was pending");
                drains[$"social restart {pendingAtKills.Count}"] = run.Elapsed - healed;
                run.Note($"restarted relay published the pending rows in {(run.Elapsed - healed).TotalSeconds:0.0} s");
                break;
            }
        }

        await stream;
        var drain = await run.DrainCentresAsync("stream end", run.Elapsed);
        drains["stream end"] = drain;
        var expected = await Databases.CommittedByCentresAsync(run.DataFolder);
        Assert.True(expected.Events.Count >= workload.Acknowledged);
        Assert.True(pendingAtKills.Any(p => p > 0), $"no kill caught an unpublished outbox row: {string.Join(", ", pendingAtKills)}");
        run.Report(await Verdict.OfAsync(run.DataFolder, expected), drains, new { pendingAtKills });
    }
}
