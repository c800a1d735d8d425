using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Hub.ServiceDefaults.Security;

/// <summary>Issues tokens signed with the local key: the standalone mode's <c>POST /dev/token</c>, and tests.</summary>
public sealed class DevTokenIssuer(IOptions<HubAuthOptions> options, TimeProvider time)
{
    public string Issue(DevTokenRequest request, TimeSpan? lifetime = null)
    {
        var settings = options.Value;
        var claims = new List<Claim> { new(HubClaims.Subject, request.Sub) };
        if (request.Name is not null) claims.Add(new Claim(HubClaims.Name, request.Name));
        if (request.Department is not null) claims.Add(new Claim(HubClaims.Department, request.Department));
        claims.AddRange((request.Roles ?? []).Select(role => new Claim(HubClaims.Roles, role)));

        var now = time.GetUtcNow().UtcDateTime;
        var token = new JwtSecurityToken(
            issuer: settings.Issuer,
            audience: settings.Audience,
            claims: claims,
            notBefore: now.AddSeconds(-5),
            expires: now.Add(lifetime ?? TimeSpan.FromHours(8)),
            signingCredentials: new SigningCredentials(AuthenticationExtensions.SigningKeyOf(settings), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}

public sealed record DevTokenRequest(string Sub, string? Name = null, string? Department = null, IReadOnlyList<string>? Roles = null);
