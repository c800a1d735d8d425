namespace Hub.Api.Departments;

/// <summary>The answer to ending an intervention, with the end date used (today when none was given).</summary>
public sealed record InterventionEndedResponse(Guid InterventionId, DateOnly EndedOn);
