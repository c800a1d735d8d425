namespace Hub.Persistence;

/// <summary>That a host has this module's database: its migrations run at start, and a host with a bus relays its outbox.</summary>
public sealed record ModuleDatabaseRegistration(string Module);
