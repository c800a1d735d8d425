using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.ServiceDefaults.Security;

/// <summary>
/// Validates a bearer token once per process and remembers the outcome until the token expires, at most
/// <see cref="MaxAge"/>: a caseworker's or a centre system's token is sent with every request for its lifetime,
/// and parsing and checking it again each time was a tenth of the gateway's CPU (perf, issue 11). Only valid tokens
/// are remembered, keyed by their exact text; each request gets its own copy of the identity.
/// </summary>
/// <remarks>
/// What this trades: a token signed with a key the identity provider has since withdrawn stays accepted for up to
/// <see cref="MaxAge"/> after it was first seen (it would have been accepted anyway until its own expiry if the key
/// had stayed). Lifetime, issuer, audience and signature are checked in full the first time.
/// </remarks>
public sealed class ValidatedTokenCache(TimeProvider time) : JsonWebTokenHandler
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Remembered> _valid = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = time.GetUtcNow();
        if (_valid.TryGetValue(token, out var remembered))
        {
            if (now < remembered.Until) return remembered.Copy();
            _valid.TryRemove(token, out _);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is JsonWebToken jwt && jwt.ValidTo > DateTime.MinValue)
        {
            var expires = new DateTimeOffset(DateTime.SpecifyKind(jwt.ValidTo, DateTimeKind.Utc));
            var until = expires < now + MaxAge ? expires : now + MaxAge;
            if (_valid.Count >= Capacity) _valid.Clear();
            _valid[token] = new Remembered(result, until);
        }

        return result;
    }

    /// <summary>How many tokens are remembered now.</summary>
    public int Count => _valid.Count;

    private sealed record Remembered(TokenValidationResult Result, DateTimeOffset Until)
    {
        // A fresh identity per request: the principal built from it is the request's own to change.
        public TokenValidationResult Copy() => new()
        {
            IsValid = true,
            ClaimsIdentity = Result.ClaimsIdentity.Clone(),
            SecurityToken = Result.SecurityToken,
            Issuer = Result.Issuer,
            TokenType = Result.TokenType,
        };
    }
}
