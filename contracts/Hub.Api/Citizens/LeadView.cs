namespace Hub.Api.Citizens;

/// <summary>The current lead caseworker and why they lead: <see cref="Reason"/> in English, <see cref="ReasonCode"/> and <see cref="ReasonArgs"/> to render (Hub.Api.Explanations.LeadReasonCodes).</summary>
public sealed record LeadView(
    string CaseworkerId, string Department, string Reason, DateTimeOffset Since, bool Override, string ReasonCode, IReadOnlyDictionary<string, string> ReasonArgs);
