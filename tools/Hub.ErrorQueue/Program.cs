using System.Text.Json;
using Hub.Messaging.ErrorQueues;
using Hub.Messaging;

// hub-error-queue list   QUEUE [--limit N]
// hub-error-queue replay QUEUE [--id MESSAGE_OR_EVENT_ID]... [--limit N]
// Broker: --host --port --vhost --user --password, or Messaging__RabbitMq__Host/Port/VirtualHost/Username/Password.
if (args.Length < 2 || args[0] is not ("list" or "replay"))
{
    Console.Error.WriteLine("usage: hub-error-queue list|replay QUEUE [--id ID]... [--limit N] [--host H] [--port P] [--vhost V] [--user U] [--password P]");
    return 2;
}

var (command, queue) = (args[0], args[1]);
var options = Options(args[2..]);
var broker = new RabbitMqOptions
{
    Host = Option("host", "Host") ?? "127.0.0.1",
    Port = ushort.Parse(Option("port", "Port") ?? "5672"),
    VirtualHost = Option("vhost", "VirtualHost") ?? "/",
    Username = Option("user", "Username") ?? "guest",
    Password = Option("password", "Password") ?? "guest",
};
var limit = options.TryGetValue("limit", out var l) ? int.Parse(l[^1]) : (int?)null;
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };

await using var client = new ErrorQueueClient(broker);
try
{
    object result = command == "list"
        ? new { queue = ErrorQueueClient.ErrorQueueOf(queue), count = await client.CountAsync(queue), messages = await client.ListAsync(queue, limit ?? 100) }
        : await client.ReplayAsync(queue, options.GetValueOrDefault("id") ?? [], limit: limit ?? 10_000);
    Console.WriteLine(JsonSerializer.Serialize(result, json));
    return 0;
}
catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e)
{
    Console.Error.WriteLine($"The broker refused: {e.ShutdownReason?.ReplyText ?? e.Message}");
    return 1;
}

string? Option(string name, string setting) =>
    options.TryGetValue(name, out var values) ? values[^1] : Environment.GetEnvironmentVariable($"Messaging__RabbitMq__{setting}");

static Dictionary<string, List<string>> Options(string[] rest)
{
    var parsed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < rest.Length; i += 2)
    {
        if (!rest[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{rest[i]}'.");
        var key = rest[i][2..];
        if (!parsed.TryGetValue(key, out var values)) parsed[key] = values = [];
        values.Add(rest[i + 1]);
    }

    return parsed;
}
