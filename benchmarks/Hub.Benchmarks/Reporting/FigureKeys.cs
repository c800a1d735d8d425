namespace Hub.Benchmarks.Reporting;

/// <summary>The keys of the figures in results/*.json, stable across runs so the history can be compared.</summary>
public static class FigureKeys
{
    public const string Sqlite = "anchor.sqlite-one-row-tx";
    public const string SqliteNormal = "anchor.sqlite-one-row-tx-normal";
    public const string RawRabbit = "anchor.rabbitmq-client-confirms-quorum";
    public const string MassTransit = "anchor.masstransit-publish-consume";
    public const string HttpDirect = "anchor.http-minimal-api-direct";
    public const string HttpNginx = "anchor.http-via-nginx";
    public const string HttpYarp = "anchor.http-via-minimal-yarp";
    public const string GatewayHealth = "hub.gateway-health-live";

    public const string IngestDistributedAccepted = "hub.ingest-distributed.accepted";
    public const string IngestDistributedApplied = "hub.ingest-distributed.applied";
    public const string IngestStandaloneAccepted = "hub.ingest-standalone.accepted";
    public const string IngestStandaloneApplied = "hub.ingest-standalone.applied";
    public const string Freshness = "hub.freshness-p99";
    public const string BulkAccepted = "hub.bulk-ingest.accepted";
    public const string BulkApplied = "hub.bulk-ingest.applied";

    public const string ViewFixedSmall = "hub.view-fixed-rate.small";
    public const string ViewFixedLarge = "hub.view-fixed-rate.large";
    public const string ViewSaturationGateway = "hub.view-saturation.gateway";
    public const string ViewSaturationDirect = "hub.view-saturation.direct";

    public const string RssDistributedPrefix = "hub.rss.distributed.";
    public const string RssStandalone = "hub.rss.standalone";
}
