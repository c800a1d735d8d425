using Hub.FaultTests.Support;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.FaultTests;

/// <summary>RabbitMQ goes away in the middle of the stream: the relays hold the events in their outboxes and the hub's inbox absorbs redeliveries.</summary>
[Collection(FaultCollection.Name)]
public sealed class BrokerFaultTests(ITestOutputHelper output)
{
    [Fact]
    public Task Broker_restarted_gracefully_mid_stream_loses_and_doubles_nothing() =>
        RunAsync("broker-graceful-restart", async run =>
        {
            await TestBroker.RestartGracefullyAsync();
            run.Note("broker restarted gracefully");
        });

    [Fact]
    public Task Broker_sigkilled_mid_stream_loses_and_doubles_nothing() =>
        RunAsync("broker-sigkill", async run =>
        {
            await TestBroker.KillAsync();
            run.Note("broker SIGKILLed");
            await Task.Delay(TimeSpan.FromSeconds(2));
            await TestBroker.StartAsync();
            run.Note("broker started again");
        });

    private async Task RunAsync(string fault, Func<FaultRun, Task> inject)
    {
        await using var run = await FaultRun.StartAsync(fault, output);
        var workload = new CentreWorkload(run.Topology, cases: 800, citizens: 300);
        var stream = await run.StartStreamAsync(workload, share: 0.4);
        await inject(run);
        var healed = run.Elapsed;
        await stream;
        run.Note($"stream done: {workload.Acknowledged} events acknowledged");

        var drain = await run.DrainCentresAsync(fault, healed);
        var expected = await Databases.CommittedByCentresAsync(run.DataFolder);
        Assert.True(expected.Events.Count >= workload.Acknowledged, "every acknowledged event must be in a centre's outbox");
        run.Report(await Verdict.OfAsync(run.DataFolder, expected), new Dictionary<string, TimeSpan> { [fault] = drain });
    }
}
