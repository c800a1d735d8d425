using System.Net;
using System.Net.Http.Json;
using Hub.Gateway;
using Hub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.IntegrationTests.Security;

/// <summary>
/// The development token endpoint cannot exist in a production configuration, answers only loopback callers, and the standalone
/// that serves it will not listen on the network by accident (issue 13, point 7).
/// </summary>
public sealed class DevTokenGuardTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task A_gateway_with_dev_tokens_on_refuses_to_start_outside_development(string environment)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var gateway = BuildGateway(environment, devTokens: true);
            await gateway.StartAsync();
        });
        Assert.Contains("Auth:DevTokens", failure.Message);
    }

    [Fact]
    public async Task In_production_without_the_flag_there_is_no_dev_token_endpoint()
    {
        await using var gateway = BuildGateway("Production", devTokens: false);
        await gateway.StartAsync();
        var response = await gateway.GetTestClient().PostAsJsonAsync("/dev/token", new { sub = "x", roles = new[] { "ops" } });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task In_standalone_mode_the_endpoint_issues_a_token_the_services_accept()
    {
        await using var gateway = BuildGateway("Standalone", devTokens: true);
        await gateway.StartAsync();
        var client = gateway.GetTestClient();
        var response = await client.PostAsJsonAsync("/dev/token", new { sub = "cw-17", department = "social", roles = new[] { "caseworker" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var invalid = await client.PostAsJsonAsync("/dev/token", new { sub = "", roles = new[] { "root" } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Theory]
    [InlineData("192.0.2.10", HttpStatusCode.Forbidden)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("::1", HttpStatusCode.OK)]
    public async Task Dev_tokens_are_served_only_to_callers_on_loopback(string remoteAddress, HttpStatusCode expected)
    {
        await using var gateway = BuildGateway("Standalone", devTokens: true, remoteAddress: IPAddress.Parse(remoteAddress));
        await gateway.StartAsync();
        var response = await gateway.GetTestClient().PostAsJsonAsync("/dev/token", new { sub = "tl-1", department = "social", roles = new[] { "team-leader" } });
        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Standalone")]
    public async Task An_identity_provider_over_plain_http_is_refused_outside_development(string environment)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var gateway = BuildGateway(environment, devTokens: false, authority: "http://idp.example.org/realms/hub");
            await gateway.StartAsync();
        });
        Assert.Contains("https://", failure.Message);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5000", false, false)]
    [InlineData("http://*:5000", false, false)]
    [InlineData("http://192.0.2.10:5000;http://127.0.0.1:5001", false, false)]
    [InlineData("http://0.0.0.0:5000", true, true)]
    [InlineData("http://127.0.0.1:5000", false, true)]
    [InlineData("http://localhost:5000;http://[::1]:5001", false, true)]
    public void The_standalone_refuses_a_non_loopback_address_unless_the_demo_is_deliberate(string urls, bool demo, bool starts)
    {
        var problem = Hub.Standalone.StandaloneBinding.Problem(urls.Split(';'), demo);
        Assert.Equal(starts, problem is null);
    }

    private static WebApplication BuildGateway(string environment, bool devTokens, IPAddress? remoteAddress = null, string? authority = null)
    {
        // An empty content root: which appsettings.json the build copies into this test's output (the gateway's, with the
        // desk's catch-all route to a desk that is not running here, or another host's) must not decide the answers.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = Directory.CreateTempSubdirectory("hub-devtoken-").FullName,
        });
        builder.WebHost.UseTestServer();
        if (authority is not null) builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:Authority"] = authority });
        if (remoteAddress is not null)
        {
            // The test server has no socket: stand in for the address a caller would come from.
            builder.Services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new RemoteAddress(remoteAddress));
        }
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = TestSecrets.SigningKey,
            ["Auth:DevTokens"] = devTokens ? "true" : "false",
        });
        builder.AddGateway();
        var app = builder.Build();
        app.MapGateway();
        return app;
    }

    private sealed class RemoteAddress(IPAddress address) : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
