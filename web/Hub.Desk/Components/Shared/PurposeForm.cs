using System.ComponentModel.DataAnnotations;
using Hub.Desk.HubApi;
using Hub.Desk.Resources;

namespace Hub.Desk.Components.Shared;

/// <summary>The purpose fields of a form: one of the hub's purpose codes, and optional words of one's own.</summary>
public class PurposeForm
{
    [Required(ErrorMessageResourceType = typeof(Texts), ErrorMessageResourceName = nameof(Texts.PurposeRequired))]
    public string? PurposeCode { get; set; }

    [StringLength(150, ErrorMessageResourceType = typeof(Texts), ErrorMessageResourceName = nameof(Texts.PurposeTooLong))]
    public string? PurposeText { get; set; }

    public ReadPurpose ToPurpose() => new(PurposeCode!, string.IsNullOrWhiteSpace(PurposeText) ? null : PurposeText.Trim());
}
