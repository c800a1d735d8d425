namespace Hub.Coordination.Plans;

/// <summary>When a coordinated citizen is next due a follow-up: a fixed interval after the latest contact or intervention start.</summary>
public static class FollowUp
{
    public static DateOnly? NextDue(DateOnly? lastContact, DateOnly? lastInterventionStart, DateOnly? coordinatedSince, int months)
    {
        var latest = new[] { lastContact, lastInterventionStart }.Max() ?? coordinatedSince;
        return latest?.AddMonths(months);
    }
}
