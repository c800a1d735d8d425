using Hub.Coordination;
using Hub.Messaging;
using Hub.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddCoordination();
builder.AddHubBus();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapMessagingOps();
app.MapCoordination();
app.Run();

public partial class Program;
