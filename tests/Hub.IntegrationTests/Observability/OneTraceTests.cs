using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Hub.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Hub.IntegrationTests.Observability;

/// <summary>
/// Ops follow a request as one trace: the HTTP request, the outbox relay's publish (which happens
/// later, on another thread) and the hub's consumer all share the trace id the caller sent.
/// </summary>
public sealed class OneTraceTests
{
    private sealed class TracedHub(List<Activity> exported) : HubFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(exported)));
        }
    }

    [Fact]
    public async Task A_case_request_its_outbox_publish_and_the_hub_consumer_share_one_trace()
    {
        var exported = new List<Activity>();
        await using var hub = new TracedHub(exported);
        using var client = hub.ClientWith(TestSecrets.DepartmentSystem("social"));
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/social/cases")
        {
            Content = JsonContent.Create(new { cpr = "050505-5055", caseType = "disability", caseworkerId = "cw-5" }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(request)).StatusCode);

        var spans = await Eventually.ReturnsAsync(
            () => Task.FromResult(Snapshot(exported).Where(a => a.TraceId == traceId).ToList()),
            list => list.Any(a => a.Kind == ActivityKind.Consumer),
            TimeSpan.FromSeconds(15), "the consumer's span in the caller's trace");

        Assert.Contains(spans, a => a.Kind == ActivityKind.Server);
        // The relay's span is the same on every transport: a Producer span named and tagged alike (OutboxPublishTelemetry).
        var publish = Assert.Single(spans, a => a.DisplayName == "outbox publish" && (string?)a.GetTagItem("hub.module") == "social");
        Assert.Equal(ActivityKind.Producer, publish.Kind);
        Assert.Equal("in-memory", publish.GetTagItem("messaging.system"));
        Assert.Equal("Hub.Contracts.Cases:CaseOpened", publish.GetTagItem("messaging.destination.name"));
        Assert.Equal("Hub.Contracts.Cases.CaseOpened", publish.GetTagItem("messaging.message.type"));
        Assert.NotNull(publish.GetTagItem("messaging.message.id"));
        Assert.Contains(spans, a => a.Kind == ActivityKind.Consumer && a.ParentSpanId != default);
        Assert.Contains(spans, a => a.Kind == ActivityKind.Consumer);
    }

    private static List<Activity> Snapshot(List<Activity> exported)
    {
        lock (exported) return exported.ToList();
    }
}
