using Hub.Contracts;
using Hub.Departments;
using Hub.ServiceDefaults;
using Hub.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddDepartment(Departments.Employment);
builder.AddHubBus();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapDepartments();
app.Run();

public partial class Program;
