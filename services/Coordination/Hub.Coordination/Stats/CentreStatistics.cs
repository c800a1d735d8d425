namespace Hub.Coordination.Stats;

/// <summary>The effect measures the municipal evaluations used, per centre; pure arithmetic over dates.</summary>
public static class CentreStatistics
{
    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Days between consecutive contacts on the same case.</summary>
    public static IReadOnlyList<double> GapsBetweenContacts(IEnumerable<(Guid CaseId, DateTimeOffset At)> contacts) =>
        contacts.GroupBy(c => c.CaseId)
            .SelectMany(g =>
            {
                var ordered = g.Select(c => c.At).Order().ToList();
                return ordered.Zip(ordered.Skip(1), (a, b) => (b - a).TotalDays);
            })
            .ToList();
}
