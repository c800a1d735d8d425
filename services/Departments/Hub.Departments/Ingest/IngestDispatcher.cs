using System.Security.Cryptography;
using System.Text;
using Hub.Departments.Cases;
using Hub.Departments.Contacts;
using Hub.Departments.Goals;
using Hub.Departments.Interventions;
using Hub.Departments.Notifications;
using Hub.Messaging;
using static Hub.Departments.Ingest.CommandHandler;

namespace Hub.Departments.Ingest;

/// <summary>
/// Runs a raw broker command through the same application service as its HTTP endpoint, found by its
/// <c>type</c> in one table (which the batch endpoint uses too). Anything the HTTP side would answer with a 4xx,
/// and a type not in the table, becomes a <see cref="PermanentMessageException"/>: the message goes to the error
/// queue with the reason, unretried and never acknowledged as processed.
/// </summary>
public sealed class IngestDispatcher
{
    public const int MaxMessageIdLength = 200;

    /// <summary>The largest command a centre may put on the broker, as large as the gateway lets an HTTP body be.</summary>
    public const int MaxMessageBytes = 256 * 1024;

    private readonly DepartmentCatalog _catalog;
    private readonly Dictionary<string, CommandHandler> _handlers;

    public IngestDispatcher(
        DepartmentCatalog catalog, CaseService cases, InterventionService interventions, GoalService goals,
        ContactService contacts, NotificationService notifications)
    {
        _catalog = catalog;
        _handlers = new(StringComparer.Ordinal)
        {
            ["case.open"] = Created(c => cases.OpenAsync(c.Department, c.Body<OpenCaseRequest>(), c.Key, c.Aborted)),
            ["case.close"] = Changed(async c =>
                await cases.CloseAsync(c.Department, await c.CaseIdAsync(), c.Body<CloseCaseRequest>(), c.Key, c.Aborted)),
            ["case.caseworker"] = Changed(async c =>
                await cases.ChangeCaseworkerAsync(c.Department, await c.CaseIdAsync(), c.Body<ChangeCaseworkerRequest>(), c.Key, c.Aborted)),
            ["intervention.add"] = Created(async c =>
                await interventions.AddAsync(c.Department, await c.CaseIdAsync(), c.Body<AddInterventionRequest>(), c.Key, c.Aborted)),
            ["intervention.end"] = Changed(async c => await interventions.EndAsync(c.Department, await c.CaseIdAsync(),
                IngestCommand.Required(c.Envelope.InterventionId, "interventionId"), c.Body<EndInterventionRequest>(), c.Key, c.Aborted)),
            ["goal.add"] = Created(async c => await goals.AddAsync(c.Department, await c.CaseIdAsync(), c.Body<AddGoalRequest>(), c.Key, c.Aborted)),
            ["goal.progress"] = Changed(async c => await goals.RecordProgressAsync(c.Department, await c.CaseIdAsync(),
                IngestCommand.Required(c.Envelope.GoalId, "goalId"), c.Body<GoalProgressRequest>(), c.Key, c.Aborted)),
            ["contact.record"] = Created(async c =>
                await contacts.RecordAsync(c.Department, await c.CaseIdAsync(), c.Body<RecordContactRequest>(), c.Key, c.Aborted)),
            ["notification.receive"] = Created(c => notifications.ReceiveAsync(c.Department, c.Body<ReceiveNotificationRequest>(), c.Key, c.Aborted)),
            ["notification.assess"] = Changed(c => notifications.AssessAsync(c.Department,
                IngestCommand.Required(c.Envelope.NotificationId, "notificationId"), c.Body<AssessNotificationRequest>(), c.Key, c.Aborted)),
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

        var envelope = IngestCommand.Parse<CommandEnvelope>(json, "");
        var handler = HandlerFor(envelope, transportMessageId, out var messageId);
        var served = _catalog.Find(department) ?? throw IngestCommand.Invalid($"This service does not serve the centre '{department}'.");
        Outcome<object> outcome;
        try
        {
            outcome = await handler.Apply(new IngestCommand(served, envelope!, IdempotencyKey(department, messageId), ct));
        }
        catch (CommandRefusedException refused)
        {
            throw IngestCommand.Invalid(refused.Refusal.Describe());
        }

        if (outcome.Refusal is { } refusal) throw IngestCommand.Invalid($"{envelope!.Type} rejected: {refusal.Describe()}");
    }

    /// <summary>
    /// The handler of a command's <c>type</c>, once its envelope has a known type and a usable <c>messageId</c> (or the
    /// transport's); a <see cref="PermanentMessageException"/> naming what is wrong otherwise.
    /// </summary>
    public CommandHandler HandlerFor(CommandEnvelope? envelope, string? transportMessageId, out string messageId)
    {
        if (envelope?.Type is not { } type || !_handlers.TryGetValue(type, out var handler))
        {
            throw IngestCommand.Invalid($"'type' must be one of: {string.Join(", ", Types)}.");
        }

        var id = envelope.MessageId ?? transportMessageId;
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxMessageIdLength)
        {
            throw IngestCommand.Invalid($"'messageId' (or the AMQP message_id property) is required, at most {MaxMessageIdLength} characters.");
        }

        messageId = id;
        return handler;
    }

    /// <summary>A foreign system's id may be any string; the inbox keys on a Guid derived from it per department.</summary>
    public static Guid IdempotencyKey(string department, string messageId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"ingest:{department}:{messageId}")).AsSpan(0, 16));
}
