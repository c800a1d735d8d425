namespace Hub.Api.Departments;

/// <summary>
/// The answer to a batch, given once its one transaction is committed: a result per command, in the order sent,
/// and how many were applied, replayed (their messageId was seen before) and refused.
/// </summary>
public sealed record BatchResponse(int Applied, int Replayed, int Refused, IReadOnlyList<BatchItemResult> Results);
