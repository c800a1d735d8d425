using System.ComponentModel.DataAnnotations;

namespace Hub.ServiceDefaults.Privacy;

/// <summary>Configuration section <c>CitizenIdentity</c>.</summary>
public sealed class CitizenIdentityOptions
{
    public const string Section = "CitizenIdentity";

    /// <summary>The secret under which CPR numbers become opaque citizen ids. Shared by ingest and the hub.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = KeyRule)]
    [MinLength(32, ErrorMessage = KeyRule)]
    public string? Key { get; set; }

    private const string KeyRule = "CitizenIdentity:Key must be set to a secret of at least 32 characters.";
}
