using Hub.Contracts;
using Hub.Coordination;
using Hub.Departments;
using Hub.Messaging;
using Hub.ServiceDefaults;
using Hub.Standalone;

if (args is [StandaloneBackup.Command, ..])
{
    return await StandaloneBackup.RunAsync(args);
}

var builder = StandaloneHost.CreateServicesBuilder(args);
builder.AddServiceDefaults();
builder.AddDepartment(Departments.Social);
builder.AddDepartment(Departments.Employment);
builder.AddDepartment(Departments.Aftercare);
builder.AddCoordination();
builder.AddHubBus();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapMessagingOps();
app.MapDepartments();
app.MapCoordination();
await app.RunWithGatewayAsync(args);
return 0;

public partial class Program;
