namespace Hub.BrowserTests;

[Collection(StandaloneDeskCollection.Name)]
public sealed class DeskSmokeTests(StandaloneDeskFixture desk)
{
    [Fact]
    public async Task The_sign_in_page_is_served_through_the_gateway_in_Danish_and_passes_axe()
    {
        await using var session = await desk.OpenSessionAsync();
        var response = await session.VisitAsync("/log-ind", "00-log-ind");
        Assert.Equal(200, response!.Status);
        Assert.Equal("da", await session.Page.GetAttributeAsync("html", "lang"));
        Assert.Empty(session.ConsoleErrors);
    }
}
