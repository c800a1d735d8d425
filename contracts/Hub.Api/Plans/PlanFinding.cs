namespace Hub.Api.Plans;

/// <summary>
/// One coherence finding: what does not fit (<see cref="Kind"/> is the code, Hub.Api.Explanations.FindingKinds; <see cref="Message"/> in English;
/// <see cref="Args"/> to render), and the ids of the items concerned. <see cref="Args"/> is null in plan versions saved before 2026-12-04.
/// </summary>
public sealed record PlanFinding(string Kind, string Message, IReadOnlyList<string> ItemIds, IReadOnlyDictionary<string, string>? Args = null);
