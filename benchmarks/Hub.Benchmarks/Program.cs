using Hub.Benchmarks;

// dotnet run -c Release --project benchmarks/Hub.Benchmarks [operations] [concurrency]
var operations = args.Length > 0 ? int.Parse(args[0]) : 2000;
var concurrency = args.Length > 1 ? int.Parse(args[1]) : 8;
var folder = Directory.CreateTempSubdirectory("hub-bench-").FullName;

var baseline = await SqliteBaseline.RunAsync(folder, operations);
var (requests, applied) = await StandaloneIngest.RunAsync(folder, operations, concurrency);
var report = Report.Render(operations, concurrency, baseline, requests, applied);
Console.WriteLine(report);
Report.Save(report);
try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
