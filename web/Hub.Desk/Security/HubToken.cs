using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Hub.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;

namespace Hub.Desk.Security;

/// <summary>
/// The hub access token as the desk's session keeps it. The token came straight from the identity provider
/// (or the gateway's /dev/token) over the back channel; the hub validates it on every call, the desk only
/// reads which person, centre and roles it names, to show them and to pick the pages.
/// </summary>
public static class HubToken
{
    public const string AccessTokenName = "access_token";
    /// <summary>The name OpenID Connect's SaveTokens uses too.</summary>
    private const string ExpiresAtName = "expires_at";

    private static readonly string[] DeskClaimTypes = [HubClaims.Subject, HubClaims.Name, HubClaims.Department, HubClaims.Roles];

    public static ClaimsIdentity IdentityOf(string accessToken, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, HubClaims.Name, HubClaims.Roles);
        AddMissingClaims(identity, accessToken);
        return identity;
    }

    /// <summary>Adds the hub's claims (sub, name, department, roles) the identity does not have yet.</summary>
    public static void AddMissingClaims(ClaimsIdentity identity, string accessToken)
    {
        var token = new JwtSecurityTokenHandler().ReadJwtToken(accessToken);
        foreach (var type in DeskClaimTypes.Where(type => !identity.HasClaim(c => c.Type == type)))
        {
            identity.AddClaims(token.Claims.Where(c => c.Type == type).Select(c => new Claim(c.Type, c.Value)));
        }
    }

    public static DateTimeOffset ExpiryOf(string accessToken) => new JwtSecurityTokenHandler().ReadJwtToken(accessToken).ValidTo;

    public static void Store(AuthenticationProperties properties, string accessToken) =>
        properties.StoreTokens(
        [
            new AuthenticationToken { Name = AccessTokenName, Value = accessToken },
            new AuthenticationToken { Name = ExpiresAtName, Value = ExpiryOf(accessToken).ToString("o") },
        ]);

    public static bool HasExpired(AuthenticationProperties properties, DateTimeOffset now) =>
        properties.GetTokenValue(ExpiresAtName) is not { } expiresAt
        || !DateTimeOffset.TryParse(expiresAt, out var at)
        || at <= now;
}
