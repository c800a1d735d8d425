using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

using Hub.ServiceDefaults.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Messaging.Operations;

/// <summary>
/// The hub's own figures on the <c>Hub</c> meter (docs/operations.md, "The figures"): domain counters of the hosts
/// that run a bus, so they live here and not in ServiceDefaults (which only names the meter). Each site records
/// with one call. Labels are only centre, event type and alert kind, plus two closed technical sets
/// (a refusal reason, an error queue's name): never a citizen, a caseworker or a CPR number.
/// Gauges read the latest value a sampler reported, so an export never queries a database or the broker.
/// </summary>
public sealed class HubMetrics
{
    public const string MeterName = TelemetryExtensions.HubSourceName;

    private static readonly IReadOnlyList<double> SecondsBuckets =
        [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900];

    private readonly Counter<long> _accepted;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _published;
    private readonly Histogram<double> _confirm;
    private readonly Counter<long> _applied;
    private readonly Histogram<double> _applyDuration;
    private readonly Histogram<double> _lag;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _breaches;
    private readonly Counter<long> _accessEntries;
    private readonly Counter<long> _accessRefused;
    private readonly ConcurrentDictionary<string, (long Pending, double OldestAgeSeconds)> _backlog = new();
    private readonly ConcurrentDictionary<string, long> _errorQueues = new();
    private volatile IReadOnlyList<(string Kind, string Centre, long Open)> _openAlerts = [];

    public HubMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _accepted = meter.CreateCounter<long>("hub.events.accepted", "{event}", "Centre reports accepted, over HTTP and the broker");
        _refused = meter.CreateCounter<long>("hub.events.refused", "{event}", "Centre reports refused, by reason");
        _published = meter.CreateCounter<long>("hub.outbox.published", "{message}", "Outbox rows published and confirmed by the broker");
        _confirm = meter.CreateHistogram("hub.outbox.confirm.duration", "s", "From publish to the broker's confirm", advice: Seconds);
        _applied = meter.CreateCounter<long>("hub.events.applied", "{event}", "Centre events applied by the hub");
        _applyDuration = meter.CreateHistogram("hub.apply.duration", "s", "Time the hub takes to apply one event", advice: Seconds);
        _lag = meter.CreateHistogram("hub.apply.lag", "s", "Now minus the event's time, when the hub applies it", advice: Seconds);
        _duplicates = meter.CreateCounter<long>("hub.inbox.duplicates", "{message}", "Messages skipped because the inbox had them");
        _breaches = meter.CreateCounter<long>("hub.deadline.breaches", "{alert}", "Statutory deadlines breached, as they happen");
        _accessEntries = meter.CreateCounter<long>("hub.access_log.entries", "{entry}", "Access-log entries written (allowed and refused reads)");
        _accessRefused = meter.CreateCounter<long>("hub.access.refused", "{read}", "Reads of citizen data refused by the access rules");
        meter.CreateObservableGauge("hub.outbox.pending", () => _backlog.Select(b => new Measurement<long>(b.Value.Pending, CentreTag(b.Key))),
            "{message}", "Outbox rows not yet published, per module");
        meter.CreateObservableGauge("hub.outbox.oldest_age", () => _backlog.Select(b => new Measurement<double>(b.Value.OldestAgeSeconds, CentreTag(b.Key))),
            "s", "Age of the oldest unpublished outbox row, per module");
        meter.CreateObservableGauge("hub.error_queue.depth", () => _errorQueues.Select(q => new Measurement<long>(q.Value, new KeyValuePair<string, object?>("queue", q.Key))),
            "{message}", "Messages waiting in an error queue");
        meter.CreateObservableGauge("hub.alerts.open", () => _openAlerts.Select(a => new Measurement<long>(a.Open, AlertKind(a.Kind), CentreTag(a.Centre))),
            "{alert}", "Open deadline alerts, by kind and centre");
    }

    private static InstrumentAdvice<double> Seconds { get; } = new() { HistogramBucketBoundaries = SecondsBuckets };

    /// <summary>A module's transaction committed with these events; a centre's are reports it accepted (AcceptedReportsFigure).</summary>
    public void Committed(string module, IEnumerable<string> eventTypes)
    {
        if (!Hub.Contracts.Departments.IsKnown(module)) return;
        foreach (var eventType in eventTypes) _accepted.Add(1, CentreTag(module), EventType(eventType));
    }

    /// <summary>A centre's report refused over HTTP, by its status: 400 invalid, 404 not-found, 409 conflict.</summary>
    public void Refused(string centre, int status) => _refused.Add(1, CentreTag(centre), Reason(status switch
    {
        400 => "invalid",
        404 => "not-found",
        409 => "conflict",
        _ => "refused",
    }));

    /// <summary>A centre's broker command refused: it goes to the error queue as invalid, whatever was wrong.</summary>
    public void RefusedCommand(string centre) => _refused.Add(1, CentreTag(centre), Reason("invalid"));

    public void Published(string centre, TimeSpan confirmedAfter)
    {
        _published.Add(1, CentreTag(centre));
        _confirm.Record(confirmedAfter.TotalSeconds, CentreTag(centre));
    }

    public void Applied(string centre, string eventType, TimeSpan took, TimeSpan lag)
    {
        _applied.Add(1, CentreTag(centre), EventType(eventType));
        _applyDuration.Record(took.TotalSeconds, CentreTag(centre));
        _lag.Record(Math.Max(0, lag.TotalSeconds), CentreTag(centre));
    }

    public void DuplicateSkipped(string centre) => _duplicates.Add(1, CentreTag(centre));

    public void DeadlineBreached(string alertKind, string centre) => _breaches.Add(1, AlertKind(alertKind), CentreTag(centre));

    public void AccessLogged(int entries = 1) => _accessEntries.Add(entries);

    public void ReadRefused() => _accessRefused.Add(1);

    public void ReportBacklog(string centre, long pending, TimeSpan oldestAge) => _backlog[centre] = (pending, Math.Max(0, oldestAge.TotalSeconds));

    public void ReportErrorQueueDepth(string queue, long depth) => _errorQueues[queue] = depth;

    public void ReportOpenAlerts(IReadOnlyList<(string Kind, string Centre, long Open)> open) => _openAlerts = open;

    private static KeyValuePair<string, object?> CentreTag(string centre) => new("centre", centre);

    private static KeyValuePair<string, object?> EventType(string eventType) => new("event_type", eventType);

    private static KeyValuePair<string, object?> Reason(string reason) => new("reason", reason);

    private static KeyValuePair<string, object?> AlertKind(string kind) => new("alert_kind", kind);
}

public static class HubMetricsRegistration
{
    /// <summary>The hub's figures, once per host, for every module and the bus that record them.</summary>
    public static IServiceCollection AddHubMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<HubMetrics>();
        return services;
    }
}
