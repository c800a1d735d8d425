namespace Hub.Contracts.Coordination;

/// <summary>A coordinated citizen's combined plan has a new version; only the centres in <c>Departments</c> (those the citizen's consent lets share) take it in and may show that it exists. <c>WhyCode</c> and <c>WhyArgs</c> (from issue 17; null before): Hub.Api.Explanations.PlanVersionReasonCodes.</summary>
public sealed record CombinedPlanVersioned(
    Guid EventId,
    string CitizenId,
    int Version,
    IReadOnlyList<string> Departments,
    string ChangedBy,
    string Why,
    DateTimeOffset OccurredAt,
    string? WhyCode = null,
    IReadOnlyDictionary<string, string>? WhyArgs = null);
