using System.Security.Cryptography;

namespace Hub.Testing;

/// <summary>
/// The hub's broker accounts (compose/rabbitmq/definitions.json) created on one virtual host of the test
/// node by <c>scripts/rabbitmq.sh users</c>, each with a password made up for this run.
/// </summary>
public sealed class BrokerAccounts
{
    /// <summary>Every account in the definitions file and the variable its password comes from.</summary>
    private static readonly IReadOnlyDictionary<string, string> PasswordVariables = new Dictionary<string, string>
    {
        ["hub-admin"] = "RABBITMQ_ADMIN_PASSWORD",
        ["hub-ops"] = "RABBITMQ_OPS_PASSWORD",
        ["social-system"] = "RABBITMQ_SOCIAL_SYSTEM_PASSWORD",
        ["employment-system"] = "RABBITMQ_EMPLOYMENT_SYSTEM_PASSWORD",
        ["aftercare-system"] = "RABBITMQ_AFTERCARE_SYSTEM_PASSWORD",
        ["social-service"] = "RABBITMQ_SOCIAL_SERVICE_PASSWORD",
        ["employment-service"] = "RABBITMQ_EMPLOYMENT_SERVICE_PASSWORD",
        ["aftercare-service"] = "RABBITMQ_AFTERCARE_SERVICE_PASSWORD",
        ["coordination-service"] = "RABBITMQ_COORDINATION_SERVICE_PASSWORD",
    };

    private readonly Dictionary<string, string> _passwords;

    private BrokerAccounts(string virtualHost, Dictionary<string, string> passwords)
    {
        VirtualHost = virtualHost;
        _passwords = passwords;
    }

    public string VirtualHost { get; }

    public string PasswordOf(string user) => _passwords[user];

    /// <summary>The account a service host logs in with: <c>{service}-service</c>.</summary>
    public static string ServiceUser(string service) => $"{service}-service";

    /// <summary>The account a centre's own case system publishes with: <c>{centre}-system</c>.</summary>
    public static string SystemUser(string centre) => $"{centre}-system";

    public static async Task<BrokerAccounts> CreateAsync(string virtualHost)
    {
        var passwords = PasswordVariables.Keys.ToDictionary(user => user, _ => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        var environment = PasswordVariables.ToDictionary(p => p.Value, p => passwords[p.Key]);
        environment["RABBITMQ_VHOST"] = virtualHost;
        await TestBroker.ControlAsync(environment, "users");
        return new BrokerAccounts(virtualHost, passwords);
    }
}
