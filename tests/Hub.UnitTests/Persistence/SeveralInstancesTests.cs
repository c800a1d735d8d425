using Hub.Coordination;
using Hub.Persistence;
using Hub.Persistence.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Hub.UnitTests.Persistence;

/// <summary>
/// Several instances of a service on one SQLite file: each <see cref="ModuleDatabase"/> here has its own writer
/// gate and connections, so towards SQLite they behave as separate processes do (docs/scaling.md).
/// </summary>
public sealed class SeveralInstancesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-instances-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Four_instances_migrating_one_fresh_file_at_once_apply_every_script_once()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => Instance()).ToList();

        await Task.WhenAll(instances.Select(db => Task.Run(() => MigrationRunner.ApplyAsync(db))));

        var scripts = MigrationRunner.ScriptsFor(typeof(MigrationRunner).Assembly, "persistence", SqlDialect.Sqlite).Count
                      + MigrationRunner.ScriptsFor(typeof(CoordinationModule).Assembly, CoordinationModule.DatabaseName, SqlDialect.Sqlite).Count;
        await instances[0].ReadAsync(async work =>
        {
            Assert.Equal(scripts, await work.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
            Assert.Equal("wal", await work.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
            return true;
        });
    }

    [Fact]
    public async Task One_instance_at_a_time_holds_a_job_lease_and_another_takes_it_over_once_it_runs_out()
    {
        var (first, second) = (Instance(), Instance());
        await MigrationRunner.ApplyAsync(first);
        first.StartWriter();
        second.StartWriter();
        var (holder, other) = (new JobLease(first, "deadline-pass", _time), new JobLease(second, "deadline-pass", _time));
        var duration = TimeSpan.FromSeconds(30);

        var taken = await Task.WhenAll(holder.TryTakeAsync(duration, default), other.TryTakeAsync(duration, default));
        Assert.Equal(1, taken.Count(t => t));
        var (winner, loser) = taken[0] ? (holder, other) : (other, holder);

        _time.Advance(TimeSpan.FromSeconds(20));
        Assert.True(await winner.TryTakeAsync(duration, default), "the holder renews its lease");
        _time.Advance(TimeSpan.FromSeconds(20));
        Assert.False(await loser.TryTakeAsync(duration, default), "a renewed lease has not run out");

        _time.Advance(TimeSpan.FromSeconds(15));
        Assert.True(await loser.TryTakeAsync(duration, default), "a lease the holder stopped renewing is taken over");
        Assert.False(await winner.TryTakeAsync(duration, default), "the old holder has lost it");

        await loser.GiveUpAsync(default);
        Assert.True(await winner.TryTakeAsync(duration, default), "a lease given up is free at once");
        await Task.WhenAll(first.StopWriterAsync(), second.StopWriterAsync());
    }

    private ModuleDatabase Instance() => new(
        CoordinationModule.DatabaseName,
        new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "coordination.db")}" },
        typeof(CoordinationModule).Assembly,
        _folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
