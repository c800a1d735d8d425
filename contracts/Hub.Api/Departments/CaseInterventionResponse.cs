namespace Hub.Api.Departments;

/// <summary>An intervention in <see cref="CaseResponse"/>; <c>status</c> is <c>active</c> or <c>ended</c>.</summary>
public sealed record CaseInterventionResponse(
    Guid InterventionId,
    string Type,
    string LegalBasis,
    DateOnly StartsOn,
    DateOnly? PlannedEndOn,
    string? Description,
    IReadOnlyList<Guid> GoalIds,
    DateOnly? EndedOn,
    string? EndReason,
    string Status);
