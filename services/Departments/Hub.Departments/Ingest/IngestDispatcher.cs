using System.Security.Cryptography;
using System.Text;
using Hub.Departments.Cases;
using Hub.Departments.Contacts;
using Hub.Departments.Goals;
using Hub.Departments.Interventions;
using Hub.Departments.Notifications;
using Hub.Messaging;

namespace Hub.Departments.Ingest;

/// <summary>
/// Runs a raw broker command through the same application service as its HTTP endpoint, found by its
/// <c>type</c> in one table. Anything the HTTP side would answer with a 4xx, and a type not in the table,
/// becomes a <see cref="PermanentMessageException"/>: the message goes to the error queue with the reason,
/// unretried and never acknowledged as processed.
/// </summary>
public sealed class IngestDispatcher
{
    public const int MaxMessageIdLength = 200;

    /// <summary>The largest command a centre may put on the broker, as large as the gateway lets an HTTP body be.</summary>
    public const int MaxMessageBytes = 256 * 1024;

    private readonly DepartmentCatalog _catalog;
    private readonly Dictionary<string, Func<IngestCommand, Task<Refusal?>>> _handlers;

    public IngestDispatcher(
        DepartmentCatalog catalog, CaseService cases, InterventionService interventions, GoalService goals,
        ContactService contacts, NotificationService notifications)
    {
        _catalog = catalog;
        _handlers = new(StringComparer.Ordinal)
        {
            ["case.open"] = async c => (await cases.OpenAsync(c.Department, c.Body<OpenCaseRequest>(), c.Key, c.Aborted)).Refusal,
            ["case.close"] = async c =>
                (await cases.CloseAsync(c.Department, await c.CaseIdAsync(), c.Body<CloseCaseRequest>(), c.Key, c.Aborted)).Refusal,
            ["case.caseworker"] = async c =>
                (await cases.ChangeCaseworkerAsync(c.Department, await c.CaseIdAsync(), c.Body<ChangeCaseworkerRequest>(), c.Key, c.Aborted)).Refusal,
            ["intervention.add"] = async c =>
                (await interventions.AddAsync(c.Department, await c.CaseIdAsync(), c.Body<AddInterventionRequest>(), c.Key, c.Aborted)).Refusal,
            ["intervention.end"] = async c => (await interventions.EndAsync(c.Department, await c.CaseIdAsync(),
                IngestCommand.Required(c.Envelope.InterventionId, "interventionId"), c.Body<EndInterventionRequest>(), c.Key, c.Aborted)).Refusal,
            ["goal.add"] = async c => (await goals.AddAsync(c.Department, await c.CaseIdAsync(), c.Body<AddGoalRequest>(), c.Key, c.Aborted)).Refusal,
            ["goal.progress"] = async c => (await goals.RecordProgressAsync(c.Department, await c.CaseIdAsync(),
                IngestCommand.Required(c.Envelope.GoalId, "goalId"), c.Body<GoalProgressRequest>(), c.Key, c.Aborted)).Refusal,
            ["contact.record"] = async c =>
                (await contacts.RecordAsync(c.Department, await c.CaseIdAsync(), c.Body<RecordContactRequest>(), c.Key, c.Aborted)).Refusal,
            ["notification.receive"] = async c =>
                (await notifications.ReceiveAsync(c.Department, c.Body<ReceiveNotificationRequest>(), c.Key, c.Aborted)).Refusal,
            ["notification.assess"] = async c => (await notifications.AssessAsync(c.Department,
                IngestCommand.Required(c.Envelope.NotificationId, "notificationId"), c.Body<AssessNotificationRequest>(), c.Key, c.Aborted)).Refusal,
        };
    }

    /// <summary>The command types a department's system may send, in the order of the wire format.</summary>
    public IReadOnlyCollection<string> Types => _handlers.Keys;

    public async Task DispatchAsync(string department, ReadOnlyMemory<byte> json, string? transportMessageId, CancellationToken ct)
    {
        if (json.Length > MaxMessageBytes)
        {
            throw new PermanentMessageException($"The message is {json.Length} bytes; a command may be at most {MaxMessageBytes} bytes.");
        }

        var envelope = IngestCommand.Parse<IngestEnvelope>(json, "");
        if (envelope?.Type is not { } type || !_handlers.TryGetValue(type, out var handle))
        {
            throw IngestCommand.Invalid($"'type' must be one of: {string.Join(", ", Types)}.");
        }

        var messageId = envelope.MessageId ?? transportMessageId;
        if (string.IsNullOrWhiteSpace(messageId) || messageId.Length > MaxMessageIdLength)
        {
            throw IngestCommand.Invalid($"'messageId' (or the AMQP message_id property) is required, at most {MaxMessageIdLength} characters.");
        }

        var served = _catalog.Find(department) ?? throw IngestCommand.Invalid($"This service does not serve the centre '{department}'.");
        if (await handle(new IngestCommand(served, envelope, IdempotencyKey(department, messageId), ct)) is { } refusal)
        {
            throw IngestCommand.Invalid($"{type} rejected: {refusal.Describe()}");
        }
    }

    /// <summary>A foreign system's id may be any string; the inbox keys on a Guid derived from it per department.</summary>
    public static Guid IdempotencyKey(string department, string messageId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"ingest:{department}:{messageId}")).AsSpan(0, 16));
}
