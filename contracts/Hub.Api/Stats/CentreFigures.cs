namespace Hub.Api.Stats;

/// <summary>The effect measures of one centre; null where there is nothing to measure yet.</summary>
public sealed record CentreFigures(
    string Department,
    double? MedianDaysNotificationToIntervention,
    double? ShareWithinDeadline,
    double? MedianDaysBetweenContacts,
    int CoordinatedCitizens);
