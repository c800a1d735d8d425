using System.ComponentModel.DataAnnotations;

namespace Hub.Coordination.Access;

/// <summary>
/// Configuration section <c>AccessLog</c>: the purpose codes a read of citizen data may give in <c>X-Purpose</c>.
/// A code keeps the log searchable and the citizen's view readable; free text after it says more.
/// </summary>
public sealed class PurposeOptions
{
    public const string Section = "AccessLog";

    [MinLength(1)]
    public List<string> PurposeCodes { get; set; } = [];

    /// <summary>The codes when configuration gives none.</summary>
    public static IReadOnlyList<string> DefaultCodes => Hub.Api.PurposeCodes.Defaults;

    public IReadOnlyList<string> Codes => PurposeCodes.Count > 0 ? PurposeCodes : DefaultCodes;
}
