using System.Security.Claims;

namespace Hub.ServiceDefaults.Security;

public static class HubClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Department = "department";
    public const string Roles = "roles";

    public static string? DepartmentOf(this ClaimsPrincipal user) => user.FindFirst(Department)?.Value;

    public static string? SubjectId(this ClaimsPrincipal user) => user.FindFirst(Subject)?.Value;
}
