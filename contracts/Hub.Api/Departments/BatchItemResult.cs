using System.Text.Json;

namespace Hub.Api.Departments;

/// <summary>
/// One command's result: its <c>index</c> in the batch, the status the single endpoint would have answered (201, 200,
/// or 400/404/409), and either that endpoint's answer (<c>result</c>, e.g. <c>{caseId}</c>) or an RFC 9457
/// <c>problem</c>. <c>replayed</c>: the messageId was handled before; nothing changed and the first answer is repeated.
/// </summary>
public sealed record BatchItemResult(int Index, string? MessageId, int Status, bool Replayed, JsonElement? Result, BatchItemProblem? Problem);
