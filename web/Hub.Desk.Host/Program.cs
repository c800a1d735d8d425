using Hub.Desk;

var builder = WebApplication.CreateBuilder(args);
builder.AddDesk();

var app = builder.Build();
app.MapDesk();
app.Run();

public partial class Program;
