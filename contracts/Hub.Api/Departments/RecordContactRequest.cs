namespace Hub.Api.Departments;

/// <summary>
/// <c>POST /api/{department}/cases/{caseId}/contacts</c>: <c>kind</c> is meeting, home-visit, phone or network-meeting;
/// participants are department keys (the reporting department always took part).
/// </summary>
public sealed record RecordContactRequest(string? Kind, DateTimeOffset? At, IReadOnlyList<string?>? Participants);
