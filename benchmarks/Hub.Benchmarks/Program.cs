using Hub.Benchmarks;
using Hub.Benchmarks.Infrastructure;
using Hub.Benchmarks.Reporting;
using Hub.Benchmarks.Servers;

// dotnet run -c Release --project benchmarks/Hub.Benchmarks -- [--smoke] [--label NAME] [--results DIR] [--only anchors,view,ingest,bulk,freshness,size,standalone]
// The helper roles are this executable started again as the anchors' servers.
switch (args.FirstOrDefault())
{
    case "serve-minimal":
        await MinimalApiServer.RunAsync(args[1]);
        return 0;
    case "serve-yarp":
        await MinimalYarpServer.RunAsync(args[1], args[2]);
        return 0;
}

Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");
var settings = RunSettings.Parse(args);
if (settings.Profile) CpuProfiler.PrepareServices();
Progress.Step($"benchmark ({(settings.Smoke ? "smoke" : "full")}), label '{settings.Label}', {Environment.ProcessorCount} cores");
var run = await BenchmarkRun.ExecuteAsync(settings);
var (markdown, json) = ReportWriter.Write(run, settings.ResultsFolder);
Console.WriteLine();
Console.WriteLine(ReportWriter.Markdown(run));
Progress.Step($"written {markdown} and {json}");
if (!settings.Smoke && !args.Contains("--results") && settings.Parts.SetEquals(RunSettings.AllParts))
{
    File.AppendAllText(Path.Combine(Hub.Testing.HubTopology.RepositoryRoot(), "benchmarks", "README.md"), ReportWriter.HistoryRow(run) + "\n");
    Progress.Step("history row appended to benchmarks/README.md");
}

return run.Checks.All(c => c.Passed) ? 0 : 1;
