using Hub.Api.Stats;
using Hub.Contracts;
using Hub.Persistence;

namespace Hub.Coordination.Stats;

/// <summary>
/// The effect measures the municipal evaluations used, per centre, aggregated in the database: a few
/// rows per department, whatever the number of notifications, interventions and contacts.
/// </summary>
public static class CentreStatisticsQuery
{
    public static async Task<IReadOnlyList<CentreFigures>> ReadAsync(ReadUnit work, TimeSpan deadline, DateTimeOffset now)
    {
        var sql = SqlFor(work.Database.Dialect);
        var args = new { Deadline = deadline.TotalDays, Cutoff = now - deadline };
        var notifications = (await work.QueryAsync<NotificationFigures>(sql.Notifications, args)).ToDictionary(f => f.Department);
        var contacts = (await work.QueryAsync<MedianRow>(sql.ContactGaps)).ToDictionary(f => f.Department, f => (double?)f.Median);
        var coordinated = (await work.QueryAsync<CountRow>(
            """
            SELECT c.department AS Department, COUNT(DISTINCT c.citizen_id) AS Citizens
            FROM combined_plans p JOIN active_cases c ON c.citizen_id = p.citizen_id
            WHERE p.status = 'active'
            GROUP BY c.department
            """)).ToDictionary(f => f.Department, f => (int)f.Citizens);

        return Departments.All.Select(department =>
        {
            var own = notifications.GetValueOrDefault(department);
            // Only notifications whose outcome is known count towards the share: started, or already past the deadline.
            double? share = own is null || own.Decided == 0 ? null : (double)own.Within / own.Decided;
            return new CentreFigures(department, own?.Median, share, contacts.GetValueOrDefault(department), coordinated.GetValueOrDefault(department));
        }).ToList();
    }

    /// <summary>The dialect's two aggregate statements (the T-SQL ones are parsed by a unit test, no SQL Server runs here).</summary>
    public static IReadOnlyList<string> StatementsFor(SqlDialect dialect) => [SqlFor(dialect).Notifications, SqlFor(dialect).ContactGaps];

    private sealed record Sql(string Notifications, string ContactGaps);

    private static Sql SqlFor(SqlDialect dialect)
    {
        var sqlServer = dialect.Provider == DatabaseProvider.SqlServer;
        var receivedOn = sqlServer ? "CAST(n.received_at AS date)" : "substr(n.received_at, 1, 10)";
        var daysToStart = sqlServer ? "DATEDIFF(day, received_on, first_start)" : "julianday(first_start) - julianday(received_on)";
        var gapDays = sqlServer
            ? "DATEDIFF_BIG(millisecond, LAG(at) OVER (PARTITION BY case_id ORDER BY at), at) / 86400000.0"
            : "julianday(at) - julianday(LAG(at) OVER (PARTITION BY case_id ORDER BY at))";

        // The median of each department: the middle row, or the mean of the two middle rows.
        const string medianOf = """
            ranked AS (SELECT department, d, ROW_NUMBER() OVER (PARTITION BY department ORDER BY d) AS rn, COUNT(*) OVER (PARTITION BY department) AS n FROM days),
            medians AS (SELECT department, AVG(1.0 * d) AS median FROM ranked WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY department)
            """;
        var notifications = $"""
            WITH received AS (
                SELECT n.department, n.received_at, {receivedOn} AS received_on,
                       (SELECT MIN(i.starts_on) FROM plan_interventions i
                        WHERE i.citizen_id = n.citizen_id AND i.department = n.department AND i.added_seen = 1 AND i.starts_on >= {receivedOn}) AS first_start
                FROM notifications n WHERE n.received_at IS NOT NULL),
            days AS (SELECT department, {daysToStart} AS d FROM received WHERE first_start IS NOT NULL),
            {medianOf},
            counts AS (
                SELECT r.department,
                       SUM(CASE WHEN r.first_start IS NOT NULL AND {daysToStart.Replace("received_on", "r.received_on").Replace("first_start", "r.first_start")} <= @Deadline THEN 1 ELSE 0 END) AS within_deadline,
                       SUM(CASE WHEN r.first_start IS NOT NULL OR r.received_at < @Cutoff THEN 1 ELSE 0 END) AS decided
                FROM received r GROUP BY r.department)
            SELECT c.department AS Department, m.median AS Median, c.within_deadline AS Within, c.decided AS Decided
            FROM counts c LEFT JOIN medians m ON m.department = c.department
            """;
        var contactGaps = $"""
            WITH gaps AS (SELECT department, {gapDays} AS d FROM contacts),
            days AS (SELECT department, d FROM gaps WHERE d IS NOT NULL),
            {medianOf}
            SELECT department AS Department, median AS Median FROM medians
            """;
        return new Sql(notifications, contactGaps);
    }

    private sealed class NotificationFigures
    {
        public string Department { get; set; } = "";
        public double? Median { get; set; }
        public long Within { get; set; }
        public long Decided { get; set; }
    }

    private sealed class MedianRow
    {
        public string Department { get; set; } = "";
        public double Median { get; set; }
    }

    private sealed class CountRow
    {
        public string Department { get; set; } = "";
        public long Citizens { get; set; }
    }
}
