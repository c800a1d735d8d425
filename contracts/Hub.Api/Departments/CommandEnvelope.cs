using System.Text.Json;

namespace Hub.Api.Departments;

/// <summary>
/// One command from a centre's own system, in the wire format (docs/wire-format.md): <c>type</c> names the operation,
/// <c>messageId</c> is its idempotency key, the path ids of the HTTP route sit beside them, and <c>body</c> is exactly
/// the HTTP body. A system that never saw the hub's case id names the case by its own <c>caseExternalId</c>.
/// Published raw onto <c>hub.ingest.{centre}</c>, or sent in a <see cref="BatchRequest"/>.
/// </summary>
public sealed record CommandEnvelope(
    string? Type,
    string? MessageId,
    Guid? CaseId,
    string? CaseExternalId,
    Guid? InterventionId,
    Guid? GoalId,
    Guid? NotificationId,
    JsonElement? Body);
