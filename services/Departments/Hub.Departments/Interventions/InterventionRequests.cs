namespace Hub.Departments.Interventions;

public sealed record AddInterventionRequest(
    string? Type,
    string? LegalBasis,
    DateOnly? StartsOn,
    DateOnly? PlannedEndOn,
    string? Description,
    IReadOnlyList<Guid>? GoalIds);

public sealed record EndInterventionRequest(DateOnly? EndedOn, string? Reason);
