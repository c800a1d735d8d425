namespace Hub.Persistence;

/// <summary>
/// Told after a module's transaction committed with events in its outbox (e.g. the hub's figures count a centre's
/// accepted reports). Called after the commit, outside every unit: what it throws is logged, never a unit's failure.
/// </summary>
public interface ICommitObserver
{
    void Committed(string module, IReadOnlyList<string> eventTypes);
}
