using Hub.Contracts.Cases;
using Hub.Coordination.Registry;
using Microsoft.Extensions.Time.Testing;

namespace Hub.UnitTests.Persistence;

/// <summary>The hub's case registry comes out the same whatever order, and however often, a case's events arrive.</summary>
public sealed class OrderingTests : IAsyncLifetime
{
    private static readonly string Citizen = "c-" + new string('b', 32);
    private static readonly DateTimeOffset Day = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly SqliteModule _db = new();
    private readonly Guid _case = Guid.NewGuid();
    private CentreEventPipeline _registry = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _registry = new CentreEventPipeline(_db.Database, [], new FakeTimeProvider(Day), TestMetrics.Create());
    }

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task A_close_before_its_open_leaves_the_case_closed_and_never_active()
    {
        await _registry.ApplyAsync(Closed(2), default);
        Assert.Equal(("closed", 0L), await CaseAsync());
        Assert.Equal(0, await ActiveAsync());

        await _registry.ApplyAsync(Opened(1, "cw-1"), default);

        Assert.Equal(("closed", 1L), await CaseAsync());
        Assert.Equal(0, await ActiveAsync());
        Assert.Equal("placement", await ScalarAsync<string>("SELECT case_type FROM hub_cases"));
        Assert.Equal(2, await _db.CountAsync("SELECT COUNT(*) FROM timeline_entries"));
    }

    [Fact]
    public async Task A_stale_caseworker_change_never_overwrites_a_newer_one()
    {
        await _registry.ApplyAsync(Opened(1, "cw-1"), default);
        await _registry.ApplyAsync(Changed(3, "cw-3"), default);
        await _registry.ApplyAsync(Changed(2, "cw-2"), default);

        Assert.Equal("cw-3", await ScalarAsync<string>("SELECT caseworker_id FROM hub_cases"));
    }

    [Fact]
    public async Task An_open_arriving_after_a_newer_caseworker_change_keeps_the_newer_caseworker()
    {
        await _registry.ApplyAsync(Changed(2, "cw-2"), default);
        await _registry.ApplyAsync(Opened(1, "cw-1"), default);

        Assert.Equal("cw-2", await ScalarAsync<string>("SELECT caseworker_id FROM hub_cases"));
        Assert.Equal(1, await ActiveAsync());
    }

    [Fact]
    public async Task Every_order_of_open_change_close_ends_in_the_same_state()
    {
        var events = new Func<object>[] { () => Opened(1, "cw-1"), () => Changed(2, "cw-2"), () => Closed(3) };
        foreach (var order in new[] { new[] { 0, 1, 2 }, [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0] })
        {
            var db = new SqliteModule();
            await db.InitializeAsync();
            try
            {
                var registry = new CentreEventPipeline(db.Database, [], new FakeTimeProvider(Day), TestMetrics.Create());
                foreach (var index in order) await registry.ApplyAsync((Hub.Contracts.ICitizenEvent)events[index](), default);

                var state = await db.Database.ReadAsync(read => read.QuerySingleOrDefaultAsync<(string, string, long)>("SELECT status, caseworker_id, opened_seen FROM hub_cases"));
                Assert.Equal(("closed", "cw-2", 1L), state);
            }
            finally
            {
                await db.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task The_same_event_applied_twice_has_one_effect()
    {
        var opened = Opened(1, "cw-1");
        await _registry.ApplyAsync(opened, default);
        await _registry.ApplyAsync(opened with { }, default);

        Assert.Equal(1, await _db.CountAsync("SELECT COUNT(*) FROM timeline_entries"));
        Assert.Equal(1, await _db.CountAsync("SELECT COUNT(*) FROM hub_cases"));
    }

    private CaseOpened Opened(long sequence, string caseworker) =>
        new(Guid.NewGuid(), "social", _case, Citizen, sequence, Day, "placement", caseworker, null, Day, null);

    private CaseworkerChanged Changed(long sequence, string caseworker) =>
        new(Guid.NewGuid(), "social", _case, Citizen, sequence, Day, caseworker, null);

    private CaseClosed Closed(long sequence) => new(Guid.NewGuid(), "social", _case, Citizen, sequence, Day, Day, null);

    private Task<(string Status, long OpenedSeen)> CaseAsync() =>
        _db.Database.ReadAsync(read => read.QuerySingleOrDefaultAsync<(string, long)>("SELECT status, opened_seen FROM hub_cases"));

    private Task<long> ActiveAsync() =>
        _db.CountAsync("SELECT COUNT(*) FROM hub_cases WHERE opened_seen = 1 AND status = 'open'");

    private Task<T> ScalarAsync<T>(string sql) => _db.Database.ReadAsync(read => read.ExecuteScalarAsync<T>(sql));
}
