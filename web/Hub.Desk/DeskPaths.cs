namespace Hub.Desk;

/// <summary>The desk's addresses that code (not only links) refers to.</summary>
public static class DeskPaths
{
    public const string MyCitizens = "/";
    public const string FindCitizen = "/find-borger";
    public const string Team = "/team";
    public const string Error = "/fejl";
    public const string NotFound = "/ikke-fundet";

    public static string Citizen(string citizenId) => $"/borgere/{Uri.EscapeDataString(citizenId)}";
    public static string Consent(string citizenId) => $"{Citizen(citizenId)}/samtykke";
    public static string Plan(string citizenId) => $"{Citizen(citizenId)}/plan";
    public static string AccessLog(string citizenId) => $"{Citizen(citizenId)}/adgangslog";
    public static string CitizensAccessLog(string citizenId) => $"{Citizen(citizenId)}/adgangslog/til-borgeren";
    public static string LeadOverride(string citizenId) => $"{Citizen(citizenId)}/hovedansvarlig";
}
