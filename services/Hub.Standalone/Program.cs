using Hub.Contracts;
using Hub.Coordination;
using Hub.Departments;
using Hub.Messaging;
using Hub.ServiceDefaults;
using Hub.Standalone;

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

public partial class Program;
