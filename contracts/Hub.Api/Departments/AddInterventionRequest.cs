namespace Hub.Api.Departments;

/// <summary><c>POST /api/{department}/cases/{caseId}/interventions</c>; <c>goalIds</c> name goals on the same case.</summary>
public sealed record AddInterventionRequest(
    string? Type,
    string? LegalBasis,
    DateOnly? StartsOn,
    DateOnly? PlannedEndOn,
    string? Description,
    IReadOnlyList<Guid>? GoalIds);
