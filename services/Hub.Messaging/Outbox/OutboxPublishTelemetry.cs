using System.Diagnostics;
using Hub.Persistence.Outbox;
using Hub.ServiceDefaults.Telemetry;

namespace Hub.Messaging.Outbox;

/// <summary>
/// The span every outbox publisher opens for a row, whatever the transport: one name, kind
/// <see cref="ActivityKind.Producer"/>, one set of tags, and as its parent the trace context the row was
/// written under (its <c>traceparent</c>), so the trace runs from the request through the relay to the consumer.
/// </summary>
public static class OutboxPublishTelemetry
{
    public const string SpanName = "outbox publish";

    public static Activity? StartPublish(OutboxMessage row, string module, string transport, string destination)
    {
        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        var activity = HubActivity.Source.StartActivity(SpanName, ActivityKind.Producer, parent);
        if (activity is null) return null;
        activity.SetTag("messaging.system", transport);
        activity.SetTag("messaging.operation.type", "send");
        activity.SetTag("messaging.destination.name", destination);
        activity.SetTag("messaging.message.id", row.MessageId.ToString());
        activity.SetTag("messaging.message.type", row.MessageType);
        activity.SetTag("hub.module", module);
        return activity;
    }

    /// <summary>Marks the row's span failed; the relay logs the exception itself.</summary>
    public static void Failed(Activity? activity, Exception exception) =>
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
}
