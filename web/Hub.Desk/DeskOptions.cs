using System.ComponentModel.DataAnnotations;

namespace Hub.Desk;

/// <summary>Configuration section <c>Desk</c>.</summary>
public sealed class DeskOptions
{
    public const string Section = "Desk";

    /// <summary>The hub's public API: the gateway's address. The desk reaches the hub only through it.</summary>
    [Required(ErrorMessage = "Desk:HubApiUrl must be the absolute address of the hub's gateway.")]
    public string? HubApiUrl { get; set; }

    /// <summary>The municipality's OpenID Connect provider. Required outside the development environments.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Scopes requested beyond <c>openid profile</c>, e.g. the hub API's own scope.</summary>
    public string[] Scopes { get; set; } = [];

    /// <summary>How long a desk session lasts at most; the hub token's own expiry ends it sooner.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00", ErrorMessage = "Desk:SessionLifetime must be between 5 minutes and a day.")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Signing in as a persona through the gateway's <c>/dev/token</c>: only without an identity provider.</summary>
    public bool UsesPersonaSignIn => string.IsNullOrWhiteSpace(Authority);
}
