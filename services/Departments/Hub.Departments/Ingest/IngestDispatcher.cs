using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Departments.Application;
using Hub.Departments.Cases;
using Hub.Departments.Contacts;
using Hub.Departments.Goals;
using Hub.Departments.Interventions;
using Hub.Departments.Notifications;
using Hub.Messaging;

namespace Hub.Departments.Ingest;

/// <summary>
/// Runs a raw broker command through the same application service as its HTTP endpoint. Anything the
/// HTTP side would answer with a 4xx becomes a <see cref="PermanentMessageException"/>: the message goes
/// to the error queue with the reason, unretried and never acknowledged as processed.
/// </summary>
public sealed class IngestDispatcher(
    IServiceProvider services, CaseService cases, InterventionService interventions, GoalService goals,
    ContactService contacts, NotificationService notifications)
{
    public const int MaxMessageIdLength = 200;

    public static readonly IReadOnlyList<string> Types =
    [
        "case.open", "case.close", "case.caseworker", "intervention.add", "intervention.end",
        "goal.add", "goal.progress", "contact.record", "notification.receive", "notification.assess",
    ];

    public async Task<Outcome> DispatchAsync(string department, ReadOnlyMemory<byte> json, string? transportMessageId, CancellationToken ct)
    {
        var envelope = Parse<IngestEnvelope>(json, "");
        var messageId = envelope?.MessageId ?? transportMessageId;
        if (envelope?.Type is not { } type || !Types.Contains(type))
        {
            throw Invalid($"'type' must be one of: {string.Join(", ", Types)}.");
        }

        if (string.IsNullOrWhiteSpace(messageId) || messageId.Length > MaxMessageIdLength)
        {
            throw Invalid($"'messageId' (or the AMQP message_id property) is required, at most {MaxMessageIdLength} characters.");
        }

        var centre = DepartmentContext.Resolve(services, department) ?? throw Invalid($"This service does not serve the centre '{department}'.");
        var key = IdempotencyKey(department, messageId);
        var outcome = type switch
        {
            "case.open" => await cases.OpenAsync(centre, Body<OpenCaseRequest>(envelope), key, ct),
            "case.close" => await cases.CloseAsync(centre, await CaseIdAsync(centre, envelope, ct), Body<CloseCaseRequest>(envelope), key, ct),
            "case.caseworker" => await cases.ChangeCaseworkerAsync(centre, await CaseIdAsync(centre, envelope, ct), Body<ChangeCaseworkerRequest>(envelope), key, ct),
            "intervention.add" => await interventions.AddAsync(centre, await CaseIdAsync(centre, envelope, ct), Body<AddInterventionRequest>(envelope), key, ct),
            "intervention.end" => await interventions.EndAsync(centre, await CaseIdAsync(centre, envelope, ct),
                Required(envelope.InterventionId, "interventionId"), Body<EndInterventionRequest>(envelope), key, ct),
            "goal.add" => await goals.AddAsync(centre, await CaseIdAsync(centre, envelope, ct), Body<AddGoalRequest>(envelope), key, ct),
            "goal.progress" => await goals.RecordProgressAsync(centre, await CaseIdAsync(centre, envelope, ct), Required(envelope.GoalId, "goalId"),
                Body<GoalProgressRequest>(envelope), key, ct),
            "contact.record" => await contacts.RecordAsync(centre, await CaseIdAsync(centre, envelope, ct), Body<RecordContactRequest>(envelope), key, ct),
            "notification.receive" => await notifications.ReceiveAsync(centre, Body<ReceiveNotificationRequest>(envelope), key, ct),
            _ => await notifications.AssessAsync(centre, Required(envelope.NotificationId, "notificationId"), Body<AssessNotificationRequest>(envelope), key, ct),
        };
        return outcome.Succeeded ? outcome : throw Invalid($"{type} rejected: {outcome.Describe()}");
    }

    /// <summary>A foreign system's id may be any string; the inbox keys on a Guid derived from it per centre.</summary>
    public static Guid IdempotencyKey(string department, string messageId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"ingest:{department}:{messageId}")).AsSpan(0, 16));

    private static T? Body<T>(IngestEnvelope envelope) where T : class =>
        envelope.Body is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } body ? Parse<T>(body, "body.") : null;

    private static T? Parse<T>(ReadOnlyMemory<byte> json, string prefix)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json.Span, JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            throw Malformed(e, prefix);
        }
    }

    private static T? Parse<T>(JsonElement json, string prefix)
    {
        try
        {
            return json.Deserialize<T>(JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            throw Malformed(e, prefix);
        }
    }

    private static async Task<Guid> CaseIdAsync(DepartmentContext centre, IngestEnvelope envelope, CancellationToken ct)
    {
        if (envelope.CaseId is { } caseId) return caseId;
        if (envelope.CaseExternalId is not { Length: > 0 } externalId) throw Invalid("'caseId' or 'caseExternalId' is required for this type.");
        await using var work = await centre.Database.BeginAsync(ct);
        return await CaseStore.FindByExternalIdAsync(work, externalId) is { } found
            ? found.CaseId
            : throw Invalid("404 Case not found. No case in this centre has that caseExternalId.");
    }

    private static Guid Required(Guid? id, string field) => id ?? throw Invalid($"'{field}' is required for this type.");

    // Never the value itself: it may be a CPR number.
    private static PermanentMessageException Malformed(JsonException e, string prefix) =>
        Invalid($"'{prefix}{(e.Path ?? "$").TrimStart('$', '.')}' has the wrong type or the JSON is malformed.");

    private static PermanentMessageException Invalid(string reason) => new($"Invalid ingest command: {reason}");
}
