using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Hub.ServiceDefaults.Privacy;

/// <summary>
/// Scrubs CPR-shaped values from span names, tags and span events' tags before any exporter sees them.
/// </summary>
public sealed class RedactingActivityProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity activity)
    {
        if (CprRedactor.ContainsCpr(activity.DisplayName))
        {
            activity.DisplayName = CprRedactor.Redact(activity.DisplayName);
        }

        foreach (var tag in activity.TagObjects.ToList())
        {
            if (tag.Value is string text && CprRedactor.ContainsCpr(text))
            {
                activity.SetTag(tag.Key, CprRedactor.Redact(text));
            }
        }

        // Span events (an exception's message, a library's own event) carry tags of their own.
        foreach (var spanEvent in activity.Events)
        {
            if (spanEvent.Tags is not ActivityTagsCollection tags) continue;
            foreach (var tag in tags.ToList())
            {
                if (tag.Value is string text && CprRedactor.ContainsCpr(text)) tags[tag.Key] = CprRedactor.Redact(text);
            }
        }
    }
}

/// <summary>Scrubs CPR-shaped text from log records bound for the OTLP exporter.</summary>
public sealed class RedactingLogProcessor : BaseProcessor<LogRecord>
{
    public override void OnEnd(LogRecord record)
    {
        record.FormattedMessage = CprRedactor.RedactOrNull(record.FormattedMessage);
        record.Body = CprRedactor.RedactOrNull(record.Body);
        if (record.Attributes is { } attributes && attributes.Any(a => a.Value is string s && CprRedactor.ContainsCpr(s)))
        {
            record.Attributes = attributes
                .Select(a => new KeyValuePair<string, object?>(a.Key, a.Value is string s ? CprRedactor.Redact(s) : a.Value))
                .ToList();
        }
    }
}
