namespace Hub.Departments.Ingest;

/// <summary>MassTransit's raw deserializer hands every message on the ingest queue to the consumer as this; the body is parsed by hand.</summary>
public sealed class RawIngestMessage;
