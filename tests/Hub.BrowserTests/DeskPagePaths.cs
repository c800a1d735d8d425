namespace Hub.BrowserTests;

/// <summary>Every page of the desk, for the tests that must hold on all of them.</summary>
public static class DeskPagePaths
{
    public static IEnumerable<string> All(string citizenId) =>
    [
        "/", "/find-borger", "/team",
        $"/borgere/{citizenId}", $"/borgere/{citizenId}/samtykke", $"/borgere/{citizenId}/plan",
        $"/borgere/{citizenId}/adgangslog", $"/borgere/{citizenId}/adgangslog/til-borgeren", $"/borgere/{citizenId}/hovedansvarlig",
    ];
}
