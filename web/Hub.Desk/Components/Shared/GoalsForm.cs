using System.ComponentModel.DataAnnotations;
using Hub.Api.Plans;
using Hub.Desk.Resources;

namespace Hub.Desk.Components.Shared;

/// <summary>A list of goals, one per line, and why the plan changes (recorded with the new version).</summary>
public sealed class GoalsForm
{
    [StringLength(4000)]
    public string? Text { get; set; }

    [Required(ErrorMessageResourceType = typeof(Texts), ErrorMessageResourceName = nameof(Texts.PlanWhyRequired))]
    [StringLength(200)]
    public string? Why { get; set; }

    public GoalsRequest ToRequest() => new(
        (Text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(), Why!.Trim());
}
