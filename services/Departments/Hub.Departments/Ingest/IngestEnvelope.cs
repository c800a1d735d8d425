using System.Text.Json;

namespace Hub.Departments.Ingest;

/// <summary>
/// A raw JSON command from a centre's own system: <c>type</c> names the operation, <c>messageId</c> is its
/// idempotency key, the path ids of the HTTP route sit beside them, and <c>body</c> is exactly the HTTP body.
/// A system that never saw the hub's case id names the case by its own <c>caseExternalId</c> (the case's externalId).
/// </summary>
public sealed record IngestEnvelope(
    string? Type,
    string? MessageId,
    Guid? CaseId,
    string? CaseExternalId,
    Guid? InterventionId,
    Guid? GoalId,
    Guid? NotificationId,
    JsonElement? Body);
