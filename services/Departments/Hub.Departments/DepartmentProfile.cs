using Keys = Hub.Contracts.Departments;

namespace Hub.Departments;

/// <summary>One department served by this process: its key, accepted types and adulthood watch.</summary>
public sealed record DepartmentProfile(
    string Key,
    IReadOnlyList<string> CaseTypes,
    IReadOnlyList<string> InterventionTypes,
    IReadOnlyList<string> PlacementCaseTypes,
    int AdulthoodNoticeMonths)
{
    public static DepartmentProfile For(string key, DepartmentOptions? options) => new(
        key,
        options?.CaseTypes is { Length: > 0 } caseTypes ? caseTypes : DefaultTypes.CaseTypes[key],
        options?.InterventionTypes is { Length: > 0 } interventions ? interventions : DefaultTypes.InterventionTypes[key],
        options?.PlacementCaseTypes ?? (key == Keys.Social ? ["placement"] : []),
        options?.AdulthoodNoticeMonths ?? 12);

    /// <summary>Notifications (underretninger) are received by social services only.</summary>
    public bool ReceivesNotifications => Key == Keys.Social;
}
