namespace Hub.ServiceDefaults.Security;

/// <summary>
/// Configuration section <c>Auth</c>. Point <see cref="Authority"/> at the municipality's OIDC identity
/// provider, or give a <see cref="SigningKey"/> for a locally issued token (standalone/development only).
/// </summary>
public sealed class HubAuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "coordination-hub";
    public string Audience { get; set; } = "coordination-hub";

    /// <summary>OIDC authority; its discovery document supplies issuer and signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>Explicit metadata/JWKS discovery address, when it differs from the authority's default.</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>Symmetric HMAC-SHA256 key (at least 32 characters). Never commit a real one.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Maps <c>POST /dev/token</c>. Refused at start-up outside the Development/Standalone environments.</summary>
    public bool DevTokens { get; set; }
}
