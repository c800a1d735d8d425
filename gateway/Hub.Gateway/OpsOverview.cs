using System.Net.Http.Headers;
using System.Text.Json;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Configuration;

namespace Hub.Gateway;

/// <summary>
/// <c>GET /ops/overview</c>: every service behind the gateway in one answer, for ops only: its readiness,
/// and what its own <c>GET /ops/status</c> says (queue depths, error-queue counts, outbox backlog). The
/// caller's token goes along, so each service checks the ops role itself. Services that share one address
/// (the standalone process) appear once, with every name.
/// </summary>
public static class OpsOverview
{
    public const string HttpClientName = "ops-overview";

    public static IEndpointRouteBuilder MapOpsOverview(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ops/overview", GetAsync).RequireAuthorization(HubPolicies.Ops).WithTags("Operations")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<Ok<OverviewAnswer>> GetAsync(HttpContext context, IProxyConfigProvider proxy, IHttpClientFactory clients, TimeProvider clock)
    {
        var token = AuthenticationHeaderValue.Parse(context.Request.Headers[HeaderNames.Authorization].ToString());
        var client = clients.CreateClient(HttpClientName);
        var services = BackendClusters.Of(proxy.GetConfig())
            .SelectMany(cluster => (cluster.Destinations?.Values ?? []).Select(d => (cluster.ClusterId, Address: d.Address.TrimEnd('/'))))
            .GroupBy(d => d.Address, d => d.ClusterId)
            .Select(group => (Name: string.Join(", ", group.Distinct()), Address: group.Key));
        var answers = await Task.WhenAll(services.Select(service => ServiceAsync(client, token, service.Name, service.Address, context.RequestAborted)));
        return TypedResults.Ok(new OverviewAnswer(clock.GetUtcNow(), answers.All(a => a.Health == "Healthy"), answers));
    }

    private static async Task<ServiceOverview> ServiceAsync(HttpClient client, AuthenticationHeaderValue token, string name, string address, CancellationToken ct)
    {
        var health = await ReadAsync(client, null, $"{address}/health/ready", ct);
        var status = await ReadAsync(client, token, $"{address}/ops/status", ct);
        return new ServiceOverview(
            name,
            health.Body is { } h && h.TryGetProperty("status", out var s) ? s.GetString() ?? "Unknown" : health.Problem ?? "Unknown",
            status.Body,
            status.Problem);
    }

    private static async Task<(JsonElement? Body, string? Problem)> ReadAsync(HttpClient client, AuthenticationHeaderValue? token, string url, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = token;
            using var response = await client.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            var json = body.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json") == true
                ? JsonDocument.Parse(body).RootElement.Clone()
                : (JsonElement?)null;
            // A not-ready service answers 503 with its checks: still worth showing.
            return response.IsSuccessStatusCode || response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable
                ? (json, null)
                : (null, $"{(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
        {
            return (null, "Unreachable");
        }
    }
}
