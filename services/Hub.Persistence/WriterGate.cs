namespace Hub.Persistence;

/// <summary>
/// Lets this process's writers to one SQLite file take turns in arrival order (see
/// <see cref="ModuleDatabase.Writers"/>). Disposing the turn lets the next writer in.
/// </summary>
public sealed class WriterGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>As long as SQLite's own busy timeout: a writer waiting longer fails as it did before the gate.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (!await _gate.WaitAsync(Patience, cancellationToken))
        {
            throw new TimeoutException($"No turn to write within {Patience.TotalSeconds:0} s: another unit of work holds the database.");
        }

        return new Turn(_gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
