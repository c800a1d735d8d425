using Hub.Persistence;

namespace Hub.Departments.HubDecisions;

/// <summary>How one kind of hub decision names its event and citizen, and what it writes in the department's coordination row.</summary>
public sealed record HubDecision<T>(Func<T, (Guid EventId, string CitizenId)> Subject, Func<UnitOfWork, T, Task> Apply) where T : class;
