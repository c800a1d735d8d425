using System.Net;
using System.Net.Http.Json;
using Hub.Gateway;
using Hub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Hub.IntegrationTests.Security;

/// <summary>The development token endpoint cannot exist in a production configuration.</summary>
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

    private static WebApplication BuildGateway(string environment, bool devTokens)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
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
}
