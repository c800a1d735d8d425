using Hub.Gateway;
using Hub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Hub.IntegrationTests.Configuration;

/// <summary>A wrong setting stops a host at start, with a message that names the configuration key.</summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Outbox:BatchSize", "0")]
    [InlineData("Outbox:PollInterval", "00:00:00")]
    [InlineData("Coordination:Deadlines:EvaluationInterval", "00:00:00")]
    [InlineData("Coordination:Lead:CaseloadCap", "0")]
    [InlineData("CitizenIdentity:Key", "only-twenty-characte")]
    [InlineData("Messaging:Transport", "7")]
    [InlineData("Messaging:RetryLimit", "-1")]
    [InlineData("Databases:employment:Provider", "9")]
    [InlineData("Departments:aftercare:AdulthoodNoticeMonths", "0")]
    public async Task A_value_out_of_range_stops_the_services_at_start_naming_its_key(string key, string value)
    {
        var failure = await StartFailureAsync(new MisconfiguredHub((key, value)));

        var validation = Assert.IsType<OptionsValidationException>(failure);
        Assert.Contains(key, validation.Message);
    }

    [Fact]
    public async Task A_broker_setting_is_checked_when_the_broker_is_the_transport()
    {
        var failure = await StartFailureAsync(new MisconfiguredHub(("Messaging:Transport", "RabbitMq"), ("Messaging:RabbitMq:Port", "0")));

        var validation = Assert.IsType<OptionsValidationException>(failure);
        Assert.Contains("Messaging:RabbitMq:Port", validation.Message);
    }

    [Theory]
    [InlineData("Messaging:Transport", "Foo")]
    [InlineData("Coordination:Deadlines:EvaluationInterval", "soon")]
    public async Task A_value_that_cannot_be_read_stops_the_services_at_start_naming_its_key(string key, string value)
    {
        // The configuration binder refuses it before any validator runs; its message names key and value.
        var failure = await StartFailureAsync(new MisconfiguredHub((key, value)));

        Assert.IsType<InvalidOperationException>(failure);
        Assert.Contains(key, failure.Message);
        Assert.Contains(value, failure.Message);
    }

    [Theory]
    [InlineData("Gateway:PermitsPerWindow", "-1")]
    [InlineData("Gateway:SystemPermitsPerWindow", "0")]
    [InlineData("Gateway:MaxRequestBodyBytes", "0")]
    [InlineData("Gateway:Window", "00:00:00")]
    public async Task A_wrong_gateway_setting_stops_the_gateway_at_start_naming_its_key(string key, string value)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = TestSecrets.SigningKey,
            [key] = value,
        });
        builder.AddGateway();
        await using var gateway = builder.Build();
        gateway.MapGateway();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => gateway.StartAsync());
        Assert.Contains(key, failure.Message);
    }

    private static async Task<Exception> StartFailureAsync(HubFactory factory)
    {
        await using (factory)
        {
            var failure = Record.Exception(() => factory.Server);
            Assert.NotNull(failure);
            return failure;
        }
    }

    /// <summary>The standalone services with every test setting, plus the wrong ones.</summary>
    private sealed class MisconfiguredHub(params (string Key, string Value)[] settings) : HubFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
