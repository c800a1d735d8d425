using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Hub.IntegrationTests.Observability;

/// <summary>
/// An in-process <see cref="MeterListener"/> on one host's <c>Hub</c> meter (by its meter factory, so
/// other hosts running at the same time do not count), keeping every measurement with its tags.
/// </summary>
public sealed class HubMeterRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Recorded> _recorded = new();

    public sealed record Recorded(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags);

    public HubMeterRecorder(IMeterFactory scope)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Hub" && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public IReadOnlyList<Recorded> Of(string instrument, params (string Key, string Value)[] tags) =>
        _recorded.Where(r => r.Instrument == instrument && tags.All(t => r.Tags.GetValueOrDefault(t.Key) == t.Value)).ToList();

    /// <summary>The sum of a counter's increments with these tags.</summary>
    public double Sum(string instrument, params (string Key, string Value)[] tags) => Of(instrument, tags).Sum(r => r.Value);

    /// <summary>Asks every gauge for its value now; returns the newest value of one with these tags.</summary>
    public double? Gauge(string instrument, params (string Key, string Value)[] tags)
    {
        _listener.RecordObservableInstruments();
        return Of(instrument, tags).LastOrDefault()?.Value;
    }

    /// <summary>Every tag key any Hub instrument was recorded with.</summary>
    public IReadOnlySet<string> TagKeys => _recorded.SelectMany(r => r.Tags.Keys).ToHashSet();

    public IEnumerable<Recorded> All => _recorded;

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string?>();
        foreach (var tag in tags) copy[tag.Key] = tag.Value?.ToString();
        _recorded.Enqueue(new Recorded(instrument.Name, value, copy));
    }

    public void Dispose() => _listener.Dispose();
}
