using System.Security.Claims;
using Hub.Api;
using Hub.ServiceDefaults.Security;

namespace Hub.Desk.Resources;

/// <summary>The Danish words for the hub's keys (centres, roles, purposes, statuses), from <see cref="Texts"/>.</summary>
public static class Labels
{
    public static string Department(string? key) => key switch
    {
        DepartmentKeys.Social => Texts.DepartmentSocial,
        DepartmentKeys.Employment => Texts.DepartmentEmployment,
        DepartmentKeys.Aftercare => Texts.DepartmentAftercare,
        null or "" => "–",
        _ => key,
    };

    public static string Role(ClaimsPrincipal user) =>
        user.IsInRole(HubRoles.TeamLeader) ? Texts.RoleTeamLeader
        : user.IsInRole(HubRoles.Caseworker) ? Texts.RoleCaseworker
        : user.IsInRole(HubRoles.Ops) ? Texts.RoleOps
        : Texts.RoleDepartmentSystem;

    public static string Role(string role) => role switch
    {
        HubRoles.TeamLeader => Texts.RoleTeamLeader,
        HubRoles.Caseworker => Texts.RoleCaseworker,
        HubRoles.Ops => Texts.RoleOps,
        _ => Texts.RoleDepartmentSystem,
    };

    public static string CaseType(string? key) => key is null ? "–" : ByKey("CaseType", key);
    public static string Intervention(string? key) => key is null ? "–" : ByKey("Intervention", key);
    public static string CaseStatus(string key) => ByKey("CaseStatus", key);
    public static string Consent(string status) => ByKey("Consent", status);
    public static string Purpose(string code) => ByKey("Purpose", code);
    public static string Alert(string kind) => ByKey("Alert", kind);
    public static string TimelineKind(string kind) => ByKey("Timeline", kind);
    public static string AccessView(string view) => ByKey("View", view);

    /// <summary>An access log purpose (<c>code: free text</c>) with its code in Danish.</summary>
    public static string PurposeText(string purpose)
    {
        var separator = purpose.IndexOf(": ", StringComparison.Ordinal);
        return separator < 0 ? Purpose(purpose) : $"{Purpose(purpose[..separator])}: {purpose[(separator + 2)..]}";
    }

    /// <summary>A text from <see cref="Texts"/> by its key, or the key itself when the resource has none.</summary>
    public static string ByKey(string prefix, string key) =>
        Texts.ResourceManager.GetString(prefix + Pascal(key), Texts.Culture) ?? key;

    /// <summary>A key or code in Pascal case, as the resource names are: <c>lead.only-candidate</c> is <c>LeadOnlyCandidate</c>.</summary>
    public static string Pascal(string key) =>
        string.Concat(key.Split('-', '_', ' ', '.').Where(part => part.Length > 0).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
