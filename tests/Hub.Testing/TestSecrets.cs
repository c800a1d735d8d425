using Hub.ServiceDefaults.Security;
using Microsoft.Extensions.Options;

namespace Hub.Testing;

/// <summary>Keys made up for tests, and tokens signed with them.</summary>
public static class TestSecrets
{
    public const string SigningKey = "test-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz";
    public const string CitizenIdKey = "test-citizen-id-key-0123456789-abcdefghijklmnopqrstuvwxyz";
    public const string Issuer = "coordination-hub";
    public const string Audience = "coordination-hub";

    private static readonly DevTokenIssuer Issuer_ = new(
        Options.Create(new HubAuthOptions { SigningKey = SigningKey, Issuer = Issuer, Audience = Audience }), TimeProvider.System);

    private static readonly Hub.ServiceDefaults.Privacy.CitizenIdentity Identity =
        new(Options.Create(new Hub.ServiceDefaults.Privacy.CitizenIdentityOptions { Key = CitizenIdKey }));

    /// <summary>The opaque id the services compute for this CPR under the test key.</summary>
    public static string CitizenIdOf(string cpr) => Identity.CitizenIdOf(cpr);

    public static string Token(string sub, string? department, params string[] roles) =>
        Issuer_.Issue(new DevTokenRequest(sub, null, department, roles));

    public static string DepartmentSystem(string department) => Token($"sys-{department}", department, HubRoles.DepartmentSystem);

    public static string Caseworker(string id, string department) => Token(id, department, HubRoles.Caseworker);

    public static string TeamLeader(string id, string department) => Token(id, department, HubRoles.TeamLeader);

    public static string Ops(string id = "ops-1") => Token(id, null, HubRoles.Ops);
}
