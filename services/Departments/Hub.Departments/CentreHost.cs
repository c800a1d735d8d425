using Hub.Messaging;
using Hub.ServiceDefaults;

namespace Hub.Departments;

/// <summary>
/// The entry point of a centre's own service (Hub.SocialServices, Hub.Employment, Hub.Aftercare): one department
/// module on the bus the configuration names (RabbitMQ in the distributed set-up), with the service defaults and
/// the ops routes. Each centre's project stays its own process, image and assembly; its <c>Program.cs</c> only
/// says which centre it is.
/// </summary>
public static class CentreHost
{
    public static void Run(string[] args, string department) => Build(args, department).Run();

    public static WebApplication Build(string[] args, string department)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddDepartment(department);
        builder.AddHubBus();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.MapMessagingOps();
        app.MapDepartments();
        return app;
    }
}
