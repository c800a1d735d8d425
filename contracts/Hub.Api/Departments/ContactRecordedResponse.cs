namespace Hub.Api.Departments;

/// <summary>The answer to recording a contact.</summary>
public sealed record ContactRecordedResponse(Guid ContactId);
