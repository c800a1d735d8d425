namespace Hub.Api.Departments;

/// <summary>Why one command of a batch was refused, as an RFC 9457 problem (the members the single endpoint's answer has).</summary>
public sealed record BatchItemProblem(string Type, string Title, int Status, string Detail, IReadOnlyDictionary<string, string[]>? Errors);
