using System.Net;
using System.Net.Http.Headers;
using Hub.Gateway;
using Hub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Hub.IntegrationTests.Security;

/// <summary>The gateway on real Kestrel: banner, security headers, size limit, per-client rate limit.</summary>
public sealed class GatewayHardeningTests : IAsyncLifetime
{
    private WebApplication _gateway = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var port = ServiceProcess.FreePort();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = TestSecrets.SigningKey,
            ["Gateway:MaxRequestBodyBytes"] = "1024",
            ["Gateway:PermitsPerWindow"] = "5",
            ["Gateway:Window"] = "00:01:00",
            // A downstream service that never answers: the readiness check then names its internal address.
            ["ReverseProxy:Routes:citizens:ClusterId"] = "coordination",
            ["ReverseProxy:Routes:citizens:AuthorizationPolicy"] = "citizen-reader",
            ["ReverseProxy:Routes:citizens:Match:Path"] = "/api/citizens/{**rest}",
            ["ReverseProxy:Clusters:coordination:Destinations:d1:Address"] = $"http://127.0.0.1:{ServiceProcess.FreePort()}",
        });
        builder.AddGateway();
        _gateway = builder.Build();
        _gateway.MapGateway();
        await _gateway.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _gateway.DisposeAsync();
    }

    [Fact]
    public async Task Answers_carry_security_headers_and_no_server_banner()
    {
        using var response = await _client.GetAsync("/health/live");
        Assert.False(response.Headers.Contains("Server"));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(response.Headers.Contains("Content-Security-Policy") || response.Content.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task An_oversized_body_is_a_413_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/social/cases")
        {
            Content = new StringContent(new string('x', 4096), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestSecrets.DepartmentSystem("social"));
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_client_over_its_rate_is_told_429_with_retry_after_and_others_are_not_affected()
    {
        var greedy = TestSecrets.Ops("ops-greedy");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 7; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/alerts");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", greedy);
            last = await _client.SendAsync(request);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.True(last!.Headers.RetryAfter is not null || last.Headers.Contains("Retry-After"));
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);

        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/alerts");
        other.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestSecrets.Ops("ops-calm"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await _client.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task Refusals_count_against_the_rate_limit_too()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var response = await _client.GetAsync("/api/citizens/abc");   // a routed path: unknown /api paths are the desk's 404
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        var refused = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/citizens/abc");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestSecrets.Ops("ops-refused"));
            using var response = await _client.SendAsync(request);
            refused.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, refused[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused[^1]);
    }

    [Fact]
    public async Task Readiness_names_internal_addresses_to_ops_only()
    {
        using var anonymous = await _client.GetAsync("/health/ready");
        var body = await anonymous.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, anonymous.StatusCode);
        Assert.Contains("Unhealthy", body);
        Assert.DoesNotContain("127.0.0.1", body);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestSecrets.Ops("ops-health"));
        using var ops = await _client.SendAsync(request);
        Assert.Contains("127.0.0.1", await ops.Content.ReadAsStringAsync());
    }
}
