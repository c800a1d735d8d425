using Hub.Contracts;
using Hub.Departments;

// One centre's service: the shared centre host with this centre's key (Hub.Departments/CentreHost.cs).
CentreHost.Run(args, Departments.Social);

public partial class Program;
