using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hub.IntegrationTests.Departments;

/// <summary>A centre reads back what it has sent about a case.</summary>
public sealed class CaseViewTests(HubFactory factory) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task The_case_shows_its_interventions_goals_contacts_and_notifications()
    {
        using var social = new DepartmentClient(factory, "social");
        var cpr = TestCpr.BornOn(new DateOnly(2014, 2, 2));
        var caseId = await social.OpenCaseAsync(cpr, "child-welfare");
        var goalId = await social.PostForIdAsync($"/cases/{caseId}/goals", new { text = "Goes to school", currentLevel = 3, targetLevel = 1 }, "goalId");
        var interventionId = await social.PostForIdAsync($"/cases/{caseId}/interventions",
            new { type = "mentor", legalBasis = "Barnets Lov § 32", startsOn = "2026-01-10", goalIds = new[] { goalId } }, "interventionId");
        await social.PostForIdAsync($"/cases/{caseId}/contacts", new { kind = "home-visit", at = "2026-01-12T09:00:00+01:00" }, "contactId");
        await social.PostForIdAsync("/notifications", new { cpr, receivedAt = "2026-01-02T09:00:00+01:00", caseId }, "notificationId");
        await social.Http.PostAsJsonAsync($"/api/social/cases/{caseId}/goals/{goalId}/progress", new { currentLevel = 2 });

        var view = await social.GetCaseAsync(caseId);
        Assert.Equal("open", view.GetProperty("status").GetString());
        Assert.Equal(5, view.GetProperty("sequence").GetInt64());
        var intervention = view.GetProperty("interventions").EnumerateArray().Single();
        Assert.Equal(interventionId, intervention.GetProperty("interventionId").GetGuid());
        Assert.Equal("2026-01-10", intervention.GetProperty("startsOn").GetString());
        Assert.Equal(goalId, intervention.GetProperty("goalIds")[0].GetGuid());
        Assert.Equal(2, view.GetProperty("goals")[0].GetProperty("currentLevel").GetInt32());
        var contact = view.GetProperty("contacts").EnumerateArray().Single();
        Assert.Equal(["social"], contact.GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
        Assert.Single(view.GetProperty("notifications").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("coordination").GetProperty("lead").ValueKind);
        Assert.DoesNotContain(cpr, view.GetRawText());
    }

    [Fact]
    public async Task Nothing_can_be_added_to_a_closed_case()
    {
        using var aftercare = new DepartmentClient(factory, "aftercare");
        var caseId = await aftercare.OpenCaseAsync(TestCpr.Adult(), "education-support");
        await aftercare.Http.PostAsJsonAsync($"/api/aftercare/cases/{caseId}/close", new { });
        var goal = await aftercare.Http.PostAsJsonAsync($"/api/aftercare/cases/{caseId}/goals", new { text = "Finishes school" });
        Assert.Equal(HttpStatusCode.Conflict, goal.StatusCode);
        Assert.Equal("application/problem+json", goal.Content.Headers.ContentType?.MediaType);
    }
}
