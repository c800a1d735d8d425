using System.Security.Claims;
using System.Text;
using Hub.ServiceDefaults.Security;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.UnitTests.Security;

/// <summary>
/// A token is validated in full once, then remembered no longer than it is valid and never longer than five
/// minutes; invalid tokens are never remembered; every request gets its own identity.
/// </summary>
public sealed class ValidatedTokenCacheTests
{
    private static readonly SymmetricSecurityKey KeyA = new(Encoding.UTF8.GetBytes("key-a-key-a-key-a-key-a-key-a-key-a!"));
    private static readonly SymmetricSecurityKey KeyB = new(Encoding.UTF8.GetBytes("key-b-key-b-key-b-key-b-key-b-key-b!"));

    private static TokenValidationParameters Trusting(SecurityKey key) => new()
    {
        ValidIssuer = "coordination-hub",
        ValidAudience = "coordination-hub",
        IssuerSigningKey = key,
        ClockSkew = TimeSpan.Zero,
    };

    private static string Token(SecurityKey key, TimeSpan lifetime) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "coordination-hub",
        Audience = "coordination-hub",
        Subject = new ClaimsIdentity([new Claim("sub", "cw-1"), new Claim("roles", "caseworker")]),
        NotBefore = DateTime.UtcNow.AddMinutes(-1),
        Expires = DateTime.UtcNow.Add(lifetime),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
    });

    [Fact]
    public async Task A_valid_token_is_remembered_and_each_request_gets_its_own_identity()
    {
        var cache = new ValidatedTokenCache(TimeProvider.System) { MapInboundClaims = false };
        var token = Token(KeyA, TimeSpan.FromHours(1));

        var first = await cache.ValidateTokenAsync(token, Trusting(KeyA));
        var second = await cache.ValidateTokenAsync(token, Trusting(KeyA));

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, cache.Count);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal("cw-1", second.ClaimsIdentity.FindFirst("sub")?.Value);
        second.ClaimsIdentity.AddClaim(new Claim("added-by", "this request"));
        var third = await cache.ValidateTokenAsync(token, Trusting(KeyA));
        Assert.Null(third.ClaimsIdentity.FindFirst("added-by"));
    }

    [Fact]
    public async Task An_invalid_token_is_never_remembered()
    {
        var cache = new ValidatedTokenCache(TimeProvider.System);
        var forged = Token(KeyB, TimeSpan.FromHours(1));

        Assert.False((await cache.ValidateTokenAsync(forged, Trusting(KeyA))).IsValid);
        Assert.False((await cache.ValidateTokenAsync(forged, Trusting(KeyA))).IsValid);
        Assert.False((await cache.ValidateTokenAsync("not.a.token", Trusting(KeyA))).IsValid);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task A_remembered_token_is_validated_in_full_again_after_five_minutes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var cache = new ValidatedTokenCache(clock);
        var token = Token(KeyA, TimeSpan.FromHours(1));
        Assert.True((await cache.ValidateTokenAsync(token, Trusting(KeyA))).IsValid);

        // The identity provider withdraws key A: within the five minutes the remembered answer stands (the documented trade) …
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.True((await cache.ValidateTokenAsync(token, Trusting(KeyB))).IsValid);

        // … and after them the token is checked again, and refused.
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False((await cache.ValidateTokenAsync(token, Trusting(KeyB))).IsValid);
    }

    [Fact]
    public async Task A_token_is_not_remembered_past_its_own_expiry()
    {
        var cache = new ValidatedTokenCache(TimeProvider.System);
        var token = Token(KeyA, TimeSpan.FromSeconds(2));
        Assert.True((await cache.ValidateTokenAsync(token, Trusting(KeyA))).IsValid);

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.False((await cache.ValidateTokenAsync(token, Trusting(KeyA))).IsValid);
    }
}
