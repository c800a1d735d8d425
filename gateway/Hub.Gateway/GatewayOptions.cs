using System.ComponentModel.DataAnnotations;

namespace Hub.Gateway;

/// <summary>Configuration section <c>Gateway</c>.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    [Range(1, long.MaxValue, ErrorMessage = "Gateway:MaxRequestBodyBytes must be at least {1}.")]
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Requests per window for a person (caseworker, team leader, ops) or an anonymous address.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Gateway:PermitsPerWindow must be at least {1}.")]
    public int PermitsPerWindow { get; set; } = 600;

    /// <summary>Requests per window for a department system: centres replay whole days of events at once.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Gateway:SystemPermitsPerWindow must be at least {1}.")]
    public int SystemPermitsPerWindow { get; set; } = 30_000;

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "Gateway:Window must be greater than zero and at most {2}.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
