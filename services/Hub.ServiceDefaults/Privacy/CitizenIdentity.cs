using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Hub.ServiceDefaults.Privacy;

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

    // The host validates the options at start; this guards an instance built by hand with the same rules.
    private static byte[] KeyOf(CitizenIdentityOptions options)
    {
        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true))
        {
            throw new InvalidOperationException(problems[0].ErrorMessage);
        }

        return Encoding.UTF8.GetBytes(options.Key!);
    }
}
