using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Testing;

namespace Hub.EndToEndTests;

/// <summary>
/// The foundation's promise, end to end: two centres report cases for one citizen through the gateway,
/// the events cross the real RabbitMQ, and the hub shows the citizen as cross-departmental.
/// </summary>
public sealed class CrossDepartmentalThroughGatewayTests(TopologyFixture fixture) : IClassFixture<TopologyFixture>
{
    private HubTopology Hub => fixture.Hub;

    [Fact]
    public async Task Cases_in_two_centres_make_the_citizen_cross_departmental_over_rabbitmq()
    {
        const string cpr = "150585-4321";
        using var social = Hub.GatewayClient(TestSecrets.DepartmentSystem("social"));
        using var employment = Hub.GatewayClient(TestSecrets.DepartmentSystem("employment"));
        using var caseworker = Hub.GatewayClient(TestSecrets.Caseworker("cw-17", "social"));
        caseworker.DefaultRequestHeaders.Add("X-Purpose", "case-work");

        var opened = await social.PostAsJsonAsync("/api/social/cases", new { cpr, caseType = "child-welfare", caseworkerId = "cw-17" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var citizenId = await LookupAsync(caseworker, cpr);
        var single = await ViewAsync(caseworker, citizenId);
        Assert.False(single.GetProperty("crossDepartmental").GetBoolean());

        var second = await employment.PostAsJsonAsync("/api/employment/cases", new { cpr, caseType = "cash-benefit", caseworkerId = "cw-40" });
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);

        var view = await Eventually.ReturnsAsync(
            () => ViewAsync(caseworker, citizenId),
            v => v.GetProperty("crossDepartmental").GetBoolean(),
            TimeSpan.FromSeconds(30), "the citizen to become cross-departmental");
        var departments = view.GetProperty("centres").EnumerateArray().Select(c => c.GetProperty("department").GetString()!).Order().ToArray();
        // Need-to-know: without consent a social caseworker sees only the social centre's case.
        Assert.Equal(["social"], departments);
        Assert.True(view.GetProperty("awaitingConsent").GetBoolean());
    }

    [Fact]
    public async Task The_gateway_answers_401_without_a_token_and_403_for_another_centre()
    {
        using var anonymous = Hub.GatewayClient(null);
        var unauthenticated = await anonymous.PostAsJsonAsync("/api/social/cases", new { cpr = "150585-4321", caseType = "placement", caseworkerId = "cw-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal("application/problem+json", unauthenticated.Content.Headers.ContentType?.MediaType);

        using var employment = Hub.GatewayClient(TestSecrets.DepartmentSystem("employment"));
        var forbidden = await employment.PostAsJsonAsync("/api/social/cases", new { cpr = "150585-4321", caseType = "placement", caseworkerId = "cw-1" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var problem = await forbidden.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("may not write to centre 'social'", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_invalid_cpr_is_a_400_problem_naming_the_field_and_nothing_is_published()
    {
        using var social = Hub.GatewayClient(TestSecrets.DepartmentSystem("social"));
        var response = await social.PostAsJsonAsync("/api/social/cases", new { cpr = "320185-4321", caseType = "placement", caseworkerId = "cw-1" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("cpr", out _));

        using var caseworker = Hub.GatewayClient(TestSecrets.Caseworker("cw-17", "social"));
        caseworker.DefaultRequestHeaders.Add("X-Purpose", "case-work");
        var lookup = await caseworker.PostAsJsonAsync("/api/citizens/lookup", new { cpr = "320185-4321" });
        Assert.Equal(HttpStatusCode.BadRequest, lookup.StatusCode);
    }

    [Fact]
    public async Task Every_service_is_ready_only_with_its_database_and_the_broker_and_the_gateway_with_all_of_them()
    {
        using var probe = new HttpClient();
        foreach (var service in Hub.Services.Where(s => s.Name != "gateway"))
        {
            var health = await probe.GetFromJsonAsync<JsonElement>(new Uri(service.BaseAddress, "/health/ready"));
            var checks = health.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
            Assert.Equal("Healthy", checks["masstransit-bus"]);
            Assert.Equal("Healthy", checks[$"database-{service.Name}"]);
        }

        var gateway = await probe.GetFromJsonAsync<JsonElement>(new Uri(Hub.Gateway.BaseAddress, "/health/ready"));
        Assert.Equal("Healthy", gateway.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync(new Uri(Hub.Gateway.BaseAddress, "/health/live"))).StatusCode);
    }

    private static async Task<string> LookupAsync(HttpClient client, string cpr)
    {
        var found = await Eventually.ReturnsAsync(
            () => client.PostAsJsonAsync("/api/citizens/lookup", new { cpr }),
            response => response.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "the hub to know the citizen");
        return (await found.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citizenId").GetString()!;
    }

    private static async Task<JsonElement> ViewAsync(HttpClient client, string citizenId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/citizens/{citizenId}");
}
