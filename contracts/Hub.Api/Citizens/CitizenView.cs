using System.Text.Json.Serialization;

namespace Hub.Api.Citizens;

/// <summary>The unified citizen view of API.md (<c>GET /api/citizens/{citizenId}</c>).</summary>
/// <param name="Departments">The cases the reader may see, per department; served as <c>centres</c>.</param>
/// <param name="AwaitingConsent">Cross-departmental, but no consent covering two active centres: nothing is shared.</param>
public sealed record CitizenView(
    string CitizenId,
    bool CrossDepartmental,
    bool AwaitingConsent,
    [property: JsonPropertyName("centres")] IReadOnlyList<DepartmentCase> Departments,
    ConsentStatus Consent,
    LeadView? Lead,
    IReadOnlyList<LeadHistoryView> LeadHistory,
    PlanSummary? Plan,
    IReadOnlyList<AlertView> Alerts);
