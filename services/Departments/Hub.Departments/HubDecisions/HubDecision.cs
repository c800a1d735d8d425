using Hub.Persistence;

namespace Hub.Departments.HubDecisions;

/// <summary>
/// How one kind of hub decision names its event and citizen, which centres may take it in (null: every centre with the
/// citizen), and what it writes in the department's coordination row.
/// </summary>
public sealed record HubDecision<T>(
    Func<T, (Guid EventId, string CitizenId)> Subject, Func<T, IReadOnlyList<string>?> SharedWith, Func<WriteUnit, T, Task> Apply) where T : class;
