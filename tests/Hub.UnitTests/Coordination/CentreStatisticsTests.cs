using Hub.Coordination.Stats;

namespace Hub.UnitTests.Coordination;

public sealed class CentreStatisticsTests
{
    [Fact]
    public void Median_of_odd_even_and_empty_lists()
    {
        Assert.Equal(3, CentreStatistics.Median([5, 1, 3]));
        Assert.Equal(2.5, CentreStatistics.Median([4, 1, 2, 3]));
        Assert.Null(CentreStatistics.Median([]));
    }

    [Fact]
    public void Gaps_between_contacts_are_measured_within_each_case()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var day = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var gaps = CentreStatistics.GapsBetweenContacts([(a, day.AddDays(10)), (a, day), (b, day.AddDays(3)), (b, day.AddDays(33))]);
        Assert.Equal([10.0, 30.0], gaps.Order());
    }
}
