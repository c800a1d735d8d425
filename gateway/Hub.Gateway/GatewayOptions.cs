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

    /// <summary>
    /// Requests per window for a department system. Centres replay whole days of events at once, so the limit
    /// sits above what the hub can apply (target 3,000 events/s): 300,000 a minute is 5,000/s, which never slows
    /// a healthy system and still stops a runaway loop. The old 30,000 capped a centre at 500/s. The bulk path
    /// (issue 11) is the way to catch up faster.
    /// </summary>
    [Range(1, int.MaxValue, ErrorMessage = "Gateway:SystemPermitsPerWindow must be at least {1}.")]
    public int SystemPermitsPerWindow { get; set; } = 300_000;

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "Gateway:Window must be greater than zero and at most {2}.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
