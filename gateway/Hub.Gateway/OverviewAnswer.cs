using System.Text.Json;

namespace Hub.Gateway;

/// <summary>The answer of <c>GET /ops/overview</c>.</summary>
public sealed record OverviewAnswer(DateTimeOffset GeneratedAt, bool AllHealthy, IReadOnlyList<ServiceOverview> Services);

/// <param name="Health">The service's <c>/health/ready</c> status, or <c>Unreachable</c>.</param>
/// <param name="Status">What the service's <c>GET /ops/status</c> answered, when it did.</param>
/// <param name="Problem">Why there is no status, e.g. <c>Unreachable</c> or <c>403 Forbidden</c>.</param>
public sealed record ServiceOverview(string Name, string Health, JsonElement? Status, string? Problem);
