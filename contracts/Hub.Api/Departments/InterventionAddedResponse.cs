namespace Hub.Api.Departments;

/// <summary>The answer to adding an intervention.</summary>
public sealed record InterventionAddedResponse(Guid InterventionId);
