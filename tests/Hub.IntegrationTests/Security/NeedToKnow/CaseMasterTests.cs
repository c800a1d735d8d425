using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Testing;

namespace Hub.IntegrationTests.Security.NeedToKnow;

/// <summary>
/// Issue 13, points 1, 6 and 9: the centre's system is the master of its cases. A person's token cannot open a case, name
/// itself a case's caseworker, close a case, read a case back past the access log, or replay an externalId to learn whether
/// a CPR matches a case number; and no id may be shaped like a CPR.
/// </summary>
public sealed class CaseMasterTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private async Task<Guid> OpenAsync(string cpr, string externalId)
    {
        using var system = hub.ClientWith(TestSecrets.DepartmentSystem("social"));
        var opened = await system.PostAsJsonAsync("/api/social/cases", new { cpr, caseType = "family-support", caseworkerId = "cw-1", externalId });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetGuid();
    }

    [Fact]
    public async Task A_caseworker_cannot_open_reassign_close_or_read_back_a_case_and_nothing_changes()
    {
        var caseId = await OpenAsync("230123-2301", "soc-2301");
        using var caseworker = hub.ClientWith(TestSecrets.Caseworker("cw-2", "social"));

        var opened = await caseworker.PostAsJsonAsync("/api/social/cases",
            new { cpr = "230123-2302", caseType = "placement", caseworkerId = "cw-2", openedAt = "2001-01-01T00:00:00Z" });
        var reassigned = await caseworker.PutAsJsonAsync($"/api/social/cases/{caseId}/caseworker", new { caseworkerId = "cw-2" });
        var closed = await caseworker.PostAsJsonAsync($"/api/social/cases/{caseId}/close", new { reason = "mine now" });
        var read = await caseworker.GetAsync($"/api/social/cases/{caseId}");

        Assert.All([opened, reassigned, closed, read], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        using var system = hub.ClientWith(TestSecrets.DepartmentSystem("social"));
        var stored = await system.GetFromJsonAsync<JsonElement>($"/api/social/cases/{caseId}");
        Assert.Equal("cw-1", stored.GetProperty("caseworkerId").GetString());
        Assert.Equal("open", stored.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_externalId_replay_by_a_person_answers_the_same_whether_or_not_the_cpr_matches()
    {
        await OpenAsync("240124-2401", "soc-2401");
        using var caseworker = hub.ClientWith(TestSecrets.Caseworker("cw-1", "social"));
        var matching = await caseworker.PostAsJsonAsync("/api/social/cases", new { cpr = "240124-2401", caseType = "family-support", caseworkerId = "cw-1", externalId = "soc-2401" });
        var other = await caseworker.PostAsJsonAsync("/api/social/cases", new { cpr = "240124-2499", caseType = "family-support", caseworkerId = "cw-1", externalId = "soc-2401" });
        Assert.Equal(HttpStatusCode.Forbidden, matching.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(
            (await matching.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(),
            (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("caseworkerId", "010190-1234")]
    [InlineData("caseworkerId", "0101901234")]
    [InlineData("externalId", "ext-010190-1234")]
    public async Task An_id_shaped_like_a_cpr_is_a_400(string field, string value)
    {
        using var system = hub.ClientWith(TestSecrets.DepartmentSystem("social"));
        var body = new Dictionary<string, string> { ["cpr"] = "250125-2501", ["caseType"] = "placement", ["caseworkerId"] = "cw-1", [field] = value };
        var response = await system.PostAsJsonAsync("/api/social/cases", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }
}
