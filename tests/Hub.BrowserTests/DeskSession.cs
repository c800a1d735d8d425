using System.Collections.Concurrent;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Hub.Testing;
using Microsoft.Playwright;

namespace Hub.BrowserTests;

/// <summary>
/// One person's browser (its own cookies) on the desk. Remembers every URL the browser asked for and every
/// console error (a CSP violation shows there), checks pages with axe-core and saves screenshots.
/// </summary>
public sealed class DeskSession : IAsyncDisposable
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    private readonly ConcurrentQueue<string> _requestedUrls = new();
    private readonly ConcurrentQueue<string> _consoleErrors = new();

    private DeskSession(IBrowserContext context, IPage page, Uri baseAddress)
    {
        Context = context;
        Page = page;
        BaseAddress = baseAddress;
        page.Request += (_, request) => _requestedUrls.Enqueue(request.Url);
        page.Console += (_, message) => { if (message.Type == "error") _consoleErrors.Enqueue($"{message.Text} ({message.Location})"); };
        page.PageError += (_, error) => _consoleErrors.Enqueue(error);
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public Uri BaseAddress { get; }
    public IEnumerable<string> RequestedUrls => _requestedUrls;
    public IEnumerable<string> ConsoleErrors => _consoleErrors;

    public static string ScreenshotFolder => Path.Combine(HubTopology.RepositoryRoot(), "TestResults", "desk");

    public static async Task<DeskSession> OpenAsync(IBrowser browser, Uri baseAddress)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },   // a municipal laptop
            Locale = "da-DK",
        });
        return new DeskSession(context, await context.NewPageAsync(), baseAddress);
    }

    public async Task<IResponse?> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return response;
    }

    public async Task SignInAsync(string persona)
    {
        await GotoAsync("/log-ind");
        await Page.Locator($"button[data-persona='{persona}']").ClickAsync();
        await Page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/log-ind"));
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>Fails with the rule, the help text and the elements for every serious or critical WCAG 2.1 AA violation.</summary>
    public async Task AssertAccessibleAsync(string pageName)
    {
        var result = await Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, $"axe-core on {pageName} ({Page.Url}):\n" + string.Join("\n", blocking.Select(v =>
            $"- {v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString() ?? n.Html))}")));
    }

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    /// <summary>The gateway's CSP forbids inline script; the desk must not need any.</summary>
    public async Task AssertNoInlineScriptAsync()
    {
        var inline = await Page.Locator("script:not([src])").CountAsync();
        Assert.True(inline == 0, $"{Page.Url} has {inline} inline script element(s).");
        Assert.True(ConsoleErrors.Count() == 0, "Console errors:\n" + string.Join("\n", ConsoleErrors));
    }

    /// <summary>Checks the page in the browser the way every page of the desk is checked: axe-core, no inline script, a screenshot.</summary>
    public async Task CheckPageAsync(string screenshotName)
    {
        await AssertAccessibleAsync(screenshotName);
        await AssertNoInlineScriptAsync();
        await ScreenshotAsync(screenshotName);
    }

    public async Task<IResponse?> VisitAsync(string path, string screenshotName)
    {
        var response = await GotoAsync(path);
        await CheckPageAsync(screenshotName);
        return response;
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
