namespace Hub.FaultTests.Support;

public sealed record ExpectedEvent(Guid EventId, string CitizenId);

/// <summary>A case as its centre last left it: what the hub must show once everything has arrived.</summary>
public sealed record CaseState(Guid CaseId, string CitizenId, string Status, string CaseworkerId);

/// <summary>What the hub must hold at the end: every event once, every case in its final state.</summary>
public sealed record Expectation(IReadOnlyList<ExpectedEvent> Events, IReadOnlyList<CaseState> Cases);
