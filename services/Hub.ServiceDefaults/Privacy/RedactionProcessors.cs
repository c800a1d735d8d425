using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Hub.ServiceDefaults.Privacy;

/// <summary>
/// Scrubs CPR-shaped values from span names and tags before any exporter sees them. Exceptions are
/// not recorded as span events (the instrumentation default), so their messages never reach a trace.
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
