using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Text;
using Microsoft.Extensions.Options;

namespace Hub.ServiceDefaults.Privacy;

/// <summary>Configuration section <c>CitizenIdentity</c>.</summary>
public sealed class CitizenIdentityOptions
{
    public const string Section = "CitizenIdentity";

    /// <summary>The secret under which CPR numbers become opaque citizen ids. Shared by ingest and the hub.</summary>
    public string? Key { get; set; }
}

/// <summary>
/// Turns a CPR number into the opaque citizen id the hub keys everything by: HMAC-SHA256 under a
/// configured secret, so the id cannot be reversed or recomputed without the key.
/// </summary>
public sealed class CitizenIdentity(IOptions<CitizenIdentityOptions> options)
{
    private readonly byte[] _key = KeyOf(options.Value);

    public string CitizenIdOf(string cpr)
    {
        var digits = Cpr.Normalize(cpr) ?? throw new ArgumentException("Not a CPR number.", nameof(cpr));
        var mac = HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(digits));
        return "c-" + Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }

    public static bool LooksLikeCitizenId(string? value) =>
        value is { Length: 34 } && value.StartsWith("c-", StringComparison.Ordinal) && value.AsSpan(2).ContainsAnyExcept("0123456789abcdef") == false;

    private static byte[] KeyOf(CitizenIdentityOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Key) || options.Key.Length < 32)
        {
            throw new InvalidOperationException("CitizenIdentity:Key must be set to a secret of at least 32 characters.");
        }

        return Encoding.UTF8.GetBytes(options.Key);
    }
}

public static class CitizenIdentityExtensions
{
    public static Microsoft.Extensions.Hosting.IHostApplicationBuilder AddCitizenIdentity(this Microsoft.Extensions.Hosting.IHostApplicationBuilder builder)
    {
        builder.Services.Configure<CitizenIdentityOptions>(builder.Configuration.GetSection(CitizenIdentityOptions.Section));
        builder.Services.TryAddSingleton<CitizenIdentity>();
        return builder;
    }
}
