using System.Net.Http.Json;
using Dapper;
using Hub.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Departments;

/// <summary>A hub with one social case holding everything a malformed request could aim at.</summary>
public sealed class BadInputFixture : HubFactory, IAsyncLifetime
{
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        using var social = new DepartmentClient(this, "social");
        var cpr = TestCpr.BornOn(new DateOnly(2013, 3, 3));
        var open = await social.OpenCaseAsync(cpr, "child-welfare");
        var closed = await social.OpenCaseAsync(TestCpr.Adult(), "adult-support");
        await social.Http.PostAsJsonAsync($"/api/social/cases/{closed}/close", new { });
        var goal = await social.PostForIdAsync($"/cases/{open}/goals", new { text = "Sleeps at home", currentLevel = 2 }, "goalId");
        var intervention = await social.PostForIdAsync($"/cases/{open}/interventions",
            new { type = "mentor", legalBasis = "Barnets Lov § 32", startsOn = "2026-01-10" }, "interventionId");
        var ended = await social.PostForIdAsync($"/cases/{open}/interventions",
            new { type = "respite-care", legalBasis = "Barnets Lov § 32", startsOn = "2026-01-10" }, "interventionId");
        await social.Http.PostAsJsonAsync($"/api/social/cases/{open}/interventions/{ended}/end", new { endedOn = "2026-02-01" });
        var notification = await social.PostForIdAsync("/notifications", new { cpr, receivedAt = "2026-01-05T10:00:00+01:00" }, "notificationId");
        var assessed = await social.PostForIdAsync("/notifications", new { cpr, receivedAt = "2026-01-06T10:00:00+01:00" }, "notificationId");
        await social.Http.PostAsJsonAsync($"/api/social/notifications/{assessed}/assess", new { assessedAt = "2026-01-06T12:00:00+01:00", outcome = "no action" });

        Ids["{open}"] = open.ToString();
        Ids["{closed}"] = closed.ToString();
        Ids["{goal}"] = goal.ToString();
        Ids["{intervention}"] = intervention.ToString();
        Ids["{ended}"] = ended.ToString();
        Ids["{notification}"] = notification.ToString();
        Ids["{assessed}"] = assessed.ToString();
        Ids["{missing}"] = Guid.NewGuid().ToString();
    }

    public string Resolve(string template) => Ids.Aggregate(template, (path, id) => path.Replace(id.Key, id.Value, StringComparison.Ordinal));

    /// <summary>Every event any centre ever wrote to its outbox: a rejected request must not add one.</summary>
    public async Task<long> OutboxRowsAsync()
    {
        long total = 0;
        foreach (var department in new[] { "social", "employment", "aftercare" })
        {
            await using var connection = await Services.Database(department).OpenAsync();
            total += await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages");
        }

        return total;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
