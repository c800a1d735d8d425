using System.Net;
using Microsoft.Playwright;

namespace Hub.BrowserTests;

/// <summary>The backend-for-frontend promises: sign-in everywhere, the session cookie, antiforgery, roles, sign-out.</summary>
[Collection(StandaloneDeskCollection.Name)]
public sealed class DeskSecurityTests(StandaloneDeskFixture desk)
{
    [Fact]
    public async Task Every_page_sends_a_visitor_who_is_not_signed_in_to_the_sign_in_page()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = desk.BaseAddress };
        foreach (var path in DeskPagePaths.All("c-unknown"))
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Found, $"{path}: {(int)response.StatusCode}");
            Assert.Equal("/log-ind", response.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task The_session_is_an_HttpOnly_SameSite_Strict_session_cookie_and_the_token_stays_on_the_server()
    {
        await using var session = await desk.OpenSessionAsync();
        await session.SignInAsync("social-caseworker");

        var cookie = Assert.Single(await session.Context.CookiesAsync(), c => c.Name == "hub-desk");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.Equal(-1, cookie.Expires);   // a session cookie: gone with the browser
        Assert.DoesNotContain("hub-desk", await session.Page.EvaluateAsync<string>("document.cookie"));
        Assert.DoesNotContain("eyJ", await session.Page.ContentAsync());   // no JWT in the page

        // The cookie only names a server-side session: after sign-out the same cookie opens nothing.
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();
        await session.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/log-ind");
        await using var replay = await desk.OpenSessionAsync();
        await replay.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = cookie.Name, Value = cookie.Value, Domain = cookie.Domain, Path = cookie.Path }]);
        await replay.GotoAsync("/find-borger");
        Assert.Equal("/log-ind", new Uri(replay.Page.Url).AbsolutePath);
    }

    [Fact]
    public async Task Every_page_shows_who_is_signed_in_with_centre_and_role()
    {
        await using var session = await desk.OpenSessionAsync();
        await session.SignInAsync("employment-team-leader");
        await session.GotoAsync("/find-borger");
        Assert.Equal("Peter Møller", await session.Page.GetByTestId("signed-in-name").InnerTextAsync());
        Assert.Equal("Teamleder · Arbejdsmarked og Ydelse", await session.Page.GetByTestId("signed-in-meta").InnerTextAsync());
    }

    [Fact]
    public async Task A_caseworker_opening_the_team_pages_gets_the_403_page()
    {
        await using var session = await desk.OpenSessionAsync();
        await session.SignInAsync("social-caseworker");
        var response = await session.GotoAsync("/team");
        Assert.Equal(403, response!.Status);
        Assert.Equal("Ingen adgang", await session.Page.Locator("h1").InnerTextAsync());
        // Not CheckPageAsync: the browser rightly logs the 403 answer as a console error.
        await session.AssertAccessibleAsync("09-ingen-adgang");
        await session.ScreenshotAsync("09-ingen-adgang");
    }

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_is_refused()
    {
        await using var session = await desk.OpenSessionAsync();
        await session.SignInAsync("social-caseworker");
        var response = await session.Context.APIRequest.PostAsync("/log-ud", new() { MaxRedirects = 0 });
        Assert.Equal(400, response.Status);
        await session.GotoAsync("/find-borger");
        Assert.Equal("/find-borger", new Uri(session.Page.Url).AbsolutePath);   // still signed in
    }
}
