using System.Net.Http.Json;
using Hub.Api.Departments;

namespace Hub.BrowserTests;

/// <summary>
/// The scenario's starting point, reported by the centres' own systems over the public API before anyone opens
/// the desk: a 17-year-old with a child placement in social services and an education benefit in employment.
/// </summary>
public sealed class CentreSystems(StandaloneDeskFixture desk)
{
    public async Task ReportSeventeenYearOldAsync(string cpr)
    {
        using var social = await desk.ApiClientAsync(new { sub = "sys-social", department = "social", roles = new[] { "department-system" } });
        using var employment = await desk.ApiClientAsync(new { sub = "sys-employment", department = "employment", roles = new[] { "department-system" } });
        var now = DateTimeOffset.UtcNow;

        var placement = await PostAsync<CaseOpenedResponse>(social, "/api/social/cases",
            new OpenCaseRequest(cpr, "placement", "cw-17", "Ane Holm", now.AddYears(-2), null));
        var stableHome = await PostAsync<GoalSetResponse>(social, $"/api/social/cases/{placement.CaseId}/goals",
            new AddGoalRequest("Trives i plejefamilien og har en stabil hverdag", "Egenomsorg", 2, 1));
        await PostAsync<InterventionAddedResponse>(social, $"/api/social/cases/{placement.CaseId}/interventions",
            new AddInterventionRequest("foster-care", "Barnets Lov § 46", DateOnly.FromDateTime(now.AddYears(-2).Date), null, "Anbragt i plejefamilie", [stableHome.GoalId]));
        await PostAsync<InterventionAddedResponse>(social, $"/api/social/cases/{placement.CaseId}/interventions",
            new AddInterventionRequest("mentor", "Barnets Lov § 52", DateOnly.FromDateTime(now.AddMonths(-2).Date), DateOnly.FromDateTime(now.AddMonths(10).Date), "Mentor til skole og fritid", [stableHome.GoalId]));
        // An underretning not assessed for three days: the 24-hour deadline gives the team leader an alert.
        await PostAsync<NotificationReceivedResponse>(social, "/api/social/notifications",
            new ReceiveNotificationRequest(cpr, now.AddDays(-3), placement.CaseId, "skole"));

        var benefit = await PostAsync<CaseOpenedResponse>(employment, "/api/employment/cases",
            new OpenCaseRequest(cpr, "education-benefit", "cw-40", "Jonas Berg", now.AddMonths(-3), null));
        var education = await PostAsync<GoalSetResponse>(employment, $"/api/employment/cases/{benefit.CaseId}/goals",
            new AddGoalRequest("Begynder på en erhvervsuddannelse til sommer", "Uddannelse", 3, 1));
        await PostAsync<InterventionAddedResponse>(employment, $"/api/employment/cases/{benefit.CaseId}/interventions",
            new AddInterventionRequest("mentor", "LAB § 31 b", DateOnly.FromDateTime(now.AddMonths(-1).Date), DateOnly.FromDateTime(now.AddMonths(5).Date), "Uddannelsesmentor", [education.GoalId]));
    }

    private static async Task<T> PostAsync<T>(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
