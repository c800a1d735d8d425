namespace Hub.Persistence;

/// <summary>
/// Lets one instance at a time run a named background job on a database that several instances share (a row
/// in <c>job_leases</c>). The holder takes the lease again before each round, which renews it; another instance
/// gets it only once it has run out, e.g. after the holder crashed. The jobs stay idempotent besides: the lease
/// saves the doubled work (and doubled figures), it is not what keeps their effects single.
/// </summary>
public sealed class JobLease(ModuleDatabase database, string job, TimeProvider time)
{
    public const string Take =
        "UPDATE job_leases SET owner = @Owner, lease_until = @Until WHERE job = @Job AND (owner = @Owner OR lease_until IS NULL OR lease_until < @Now)";

    public const string Give = "UPDATE job_leases SET lease_until = NULL WHERE job = @Job AND owner = @Owner";

    /// <summary>This process, unique across restarts.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Takes or renews the lease for <paramref name="duration"/>; false while another instance holds it.</summary>
    public async Task<bool> TryTakeAsync(TimeSpan duration, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var taken = await database.WriteAsync(async work =>
        {
            await work.ExecuteAsync(database.Dialect.InsertIfAbsent("job_leases", "job, owner, lease_until", "@Job, NULL, NULL", "job = @Job"), new { Job = job });
            return await work.ExecuteAsync(Take, new { Job = job, Owner, Now = now, Until = now + duration });
        }, ct);
        return taken == 1;
    }

    /// <summary>Gives the lease up (a graceful stop), so another instance need not wait for it to run out.</summary>
    public Task GiveUpAsync(CancellationToken ct) => database.WriteAsync(work => work.ExecuteAsync(Give, new { Job = job, Owner }), ct);
}
