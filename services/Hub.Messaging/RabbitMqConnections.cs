using RabbitMQ.Client;

namespace Hub.Messaging;

/// <summary>
/// The one place the broker's connection settings become a RabbitMQ.Client <see cref="ConnectionFactory"/>:
/// the outbox relay, the ops probe and the error-queue client all connect through it, with the service's own
/// account from <c>Messaging:RabbitMq</c>. MassTransit's own connection is configured from the same options
/// (MessagingExtensions).
/// </summary>
public static class RabbitMqConnections
{
    /// <param name="clientName">Shown as the connection's name in the broker's management UI.</param>
    public static ConnectionFactory CreateFactory(RabbitMqOptions options, string clientName) => new()
    {
        HostName = options.Host,
        Port = options.Port,
        VirtualHost = options.VirtualHost,
        UserName = options.Username,
        Password = options.Password,
        ClientProvidedName = clientName,
    };
}
