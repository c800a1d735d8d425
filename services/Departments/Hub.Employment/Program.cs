using Hub.Contracts;
using Hub.Departments;
using Hub.Messaging;
using Hub.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddDepartment(Departments.Employment);
builder.AddHubBus();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapMessagingOps();
app.MapDepartments();
app.Run();

public partial class Program;
