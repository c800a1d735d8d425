using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Hub.BrowserTests;

/// <summary>
/// The scenario, through the browser only, after the centres' systems reported over the API. Every page
/// on the way is checked with axe-core and photographed (TestResults/desk/); no visited URL ever holds the CPR.
/// </summary>
[Collection(StandaloneDeskCollection.Name)]
public sealed class DeskScenarioTests(StandaloneDeskFixture desk)
{
    private const string Cpr = "150609-4123";   // 17 years old on 2026-12-01

    [Fact]
    public async Task A_caseworker_and_a_team_leader_coordinate_a_17_year_old_across_two_centres_in_the_browser()
    {
        await new CentreSystems(desk).ReportSeventeenYearOldAsync(Cpr);
        await using var caseworker = await desk.OpenSessionAsync();
        await using var teamLeader = await desk.OpenSessionAsync();

        // The social caseworker finds the citizen by CPR with a purpose (a POST; the address gets the opaque id).
        await caseworker.SignInAsync("social-caseworker");
        var citizenId = await FindCitizenAsync(caseworker);

        // Awaiting consent: only their own centre.
        await caseworker.CheckPageAsync("03-overblik-afventer-samtykke");
        await Expect(caseworker.Page.GetByTestId("awaiting-consent")).ToContainTextAsync("Afventer samtykke");
        await Expect(caseworker.Page.GetByTestId("centres").Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(caseworker.Page.GetByTestId("centres")).Not.ToContainTextAsync("Arbejdsmarked og Ydelse");
        await Expect(caseworker.Page.GetByTestId("plan-absent")).ToContainTextAsync("afventer samtykke");

        // Mine borgere lists the citizen, flagged as awaiting consent.
        await caseworker.VisitAsync("/", "01-mine-borgere");
        await Expect(caseworker.Page.GetByTestId("my-citizens")).ToContainTextAsync("Afventer samtykke");

        // Consent, with confirmation.
        await caseworker.VisitAsync($"/borgere/{citizenId}/samtykke", "04-samtykke");
        await caseworker.Page.GetByLabel("Arbejdsmarked og Ydelse").CheckAsync();   // hidden until now; the citizen names it
        await caseworker.Page.GetByLabel("Formål", new() { Exact = true }).FillAsync("Koordineret indsats og samlet plan");
        await caseworker.Page.GetByLabel("Reference (blankettens journalnummer eller det digitale samtykkes id)").FillAsync("J-2026-0417");
        await caseworker.Page.GetByLabel("Jeg bekræfter, at borgeren har givet samtykke").CheckAsync();
        await caseworker.Page.GetByRole(AriaRole.Button, new() { Name = "Registrér samtykke" }).ClickAsync();
        await caseworker.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/borgere/{citizenId}");

        // Both centres, the lead with the reason in Danish, the combined plan with a finding beside its items.
        await ReloadUntilAsync(caseworker, () => caseworker.Page.GetByTestId("lead-reason").CountAsync(), "a lead to be assigned");
        await Expect(caseworker.Page.GetByTestId("centres").Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(caseworker.Page.GetByTestId("lead-name")).ToHaveTextAsync("Ane Holm");
        await Expect(caseworker.Page.GetByTestId("lead-reason")).ToContainTextAsync("Tungeste sag: anbringelse i Myndighed og Social Service");
        await Expect(caseworker.Page.GetByTestId("finding").First).ToContainTextAsync("Samme slags indsats (mentor)");
        await caseworker.CheckPageAsync("05-overblik");

        // The citizen's own goals, in their words: a new plan version, and the two versions compared.
        await caseworker.VisitAsync($"/borgere/{citizenId}/plan", "06-plan");
        var versionBefore = int.Parse(await caseworker.Page.GetByTestId("plan-version").First.InnerTextAsync());
        await caseworker.Page.Locator("#citizen-goals-text").FillAsync("Jeg vil bo hos min plejefamilie til jeg er færdig med skolen\nJeg vil være tømrer");
        await caseworker.Page.Locator("#citizen-goals-text-why").FillAsync("Aftalt med borgeren på netværksmødet");
        await caseworker.Page.GetByRole(AriaRole.Button, new() { Name = "Gem ny version" }).First.ClickAsync();
        await Expect(caseworker.Page.GetByTestId("saved")).ToContainTextAsync($"version {versionBefore + 1}");
        await Expect(caseworker.Page.GetByTestId("citizen-goals")).ToContainTextAsync("Jeg vil være tømrer");
        await Expect(caseworker.Page.GetByTestId("plan-versions")).ToContainTextAsync("Aftalt med borgeren på netværksmødet");
        await caseworker.Page.GetByRole(AriaRole.Button, new() { Name = "Sammenlign" }).ClickAsync();
        await Expect(caseworker.Page.GetByTestId("comparison")).ToContainTextAsync("Jeg vil være tømrer");
        await caseworker.CheckPageAsync("07-plan-versioner");

        // The team leader: caseload, an alert, and a lead override with a reason.
        await teamLeader.SignInAsync("social-team-leader");
        Assert.Equal("/team", new Uri(teamLeader.Page.Url).AbsolutePath);
        await ReloadUntilAsync(teamLeader, () => teamLeader.Page.GetByTestId("team-alerts").CountAsync(), "the centre's alert");
        await Expect(teamLeader.Page.GetByTestId("caseloads")).ToContainTextAsync("Ane Holm");
        await Expect(teamLeader.Page.GetByTestId("team-alerts")).ToContainTextAsync("Underretning ikke vurderet");
        await teamLeader.CheckPageAsync("08-team");
        await teamLeader.VisitAsync($"/borgere/{citizenId}/hovedansvarlig", "10-hovedansvarlig");
        await teamLeader.Page.GetByLabel("Jonas Berg").CheckAsync();
        await teamLeader.Page.GetByLabel("Begrundelse").FillAsync("Uddannelse er nu det vigtigste for borgeren");
        await teamLeader.Page.GetByRole(AriaRole.Button, new() { Name = "Gem hovedansvarlig" }).ClickAsync();
        await teamLeader.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/borgere/{citizenId}");
        await Expect(teamLeader.Page.GetByTestId("lead-name")).ToHaveTextAsync("Jonas Berg");
        await Expect(teamLeader.Page.GetByTestId("lead")).ToContainTextAsync("Valgt af teamleder");

        // The access log shows each read with its purpose; the citizen's own version has dates and purposes only.
        await teamLeader.VisitAsync($"/borgere/{citizenId}/adgangslog", "11-adgangslog");
        var log = teamLeader.Page.GetByTestId("access-log");
        await Expect(log).ToContainTextAsync("Opslag på CPR");
        await Expect(log).ToContainTextAsync("Sagsbehandling: forberedelse af netværksmøde");
        await Expect(log).ToContainTextAsync("Ledelsestilsyn");
        await Expect(log).ToContainTextAsync("cw-17");
        await teamLeader.VisitAsync($"/borgere/{citizenId}/adgangslog/til-borgeren", "12-borgerens-adgangslog");
        await Expect(teamLeader.Page.GetByTestId("citizens-access-log")).ToContainTextAsync("Sagsbehandling: forberedelse af netværksmøde");
        await Expect(teamLeader.Page.GetByTestId("citizens-access-log")).Not.ToContainTextAsync("cw-17");

        // Withdrawal hides the other centre again.
        await caseworker.VisitAsync($"/borgere/{citizenId}/samtykke", "13-samtykke-givet");
        await caseworker.Page.GetByLabel("Jeg bekræfter, at borgeren har trukket sit samtykke tilbage.").CheckAsync();
        await caseworker.Page.GetByRole(AriaRole.Button, new() { Name = "Træk samtykke tilbage" }).ClickAsync();
        await caseworker.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/borgere/{citizenId}");
        await ReloadUntilAsync(caseworker, () => caseworker.Page.GetByTestId("awaiting-consent").CountAsync(), "the other centre to be hidden");
        await Expect(caseworker.Page.GetByTestId("centres").Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(caseworker.Page.GetByTestId("consent-status").First).ToHaveTextAsync("Samtykke trukket tilbage");
        await caseworker.CheckPageAsync("14-overblik-efter-tilbagetraekning");

        // No CPR in any address either browser asked for, with or without the hyphen.
        var digits = Cpr.Replace("-", "");
        Assert.DoesNotContain(caseworker.RequestedUrls.Concat(teamLeader.RequestedUrls), url => url.Contains(Cpr) || url.Contains(digits));
    }

    private static async Task<string> FindCitizenAsync(DeskSession session)
    {
        await session.VisitAsync("/find-borger", "02-find-borger");
        var page = session.Page;
        await page.GetByLabel("CPR-nummer").FillAsync(Cpr);
        await page.GetByLabel("Formål", new() { Exact = true }).SelectOptionAsync("case-work");
        await page.GetByLabel("Uddybning (valgfri)").FillAsync("forberedelse af netværksmøde");
        // The hub may still be taking in the centres' events: try again until it knows the citizen.
        for (var attempt = 0; attempt < 20 && new Uri(page.Url).AbsolutePath == "/find-borger"; attempt++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Slå op" }).ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/borgere/"), new() { Timeout = 1500 });
            }
            catch (TimeoutException)
            {
                // Still on the lookup page with the hub's answer ("not known yet"); try again.
            }
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var match = Regex.Match(new Uri(page.Url).AbsolutePath, "^/borgere/([^/]+)$");
        if (!match.Success) await session.ScreenshotAsync("failed-lookup");
        Assert.True(match.Success, $"the lookup should open the citizen's page, not {page.Url}");
        return match.Groups[1].Value;
    }

    private static async Task ReloadUntilAsync(DeskSession session, Func<Task<int>> count, string what)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            if (await count() > 0) return;
            await Task.Delay(250);
            await session.Page.ReloadAsync();
            await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.Fail($"Waited 10 s for {what} on {session.Page.Url}.");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
