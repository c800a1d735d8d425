using System.Diagnostics;
using Hub.Testing;

namespace Hub.EndToEndTests;

/// <summary>
/// Issue 13, point 7: the standalone serves development tokens, so the process itself refuses to listen on the network
/// unless the demo is deliberate, and writes its generated secrets readable by their owner only.
/// </summary>
public sealed class StandaloneBindingTests
{
    [Fact]
    public async Task The_standalone_process_refuses_to_listen_on_every_address_and_keeps_its_secrets_to_its_owner()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("hub-standalone-bind-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(HubTopology.BuiltAssembly("services/Hub.Standalone", "Hub.Standalone.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://0.0.0.0:{ServiceProcess.FreePort()}");
        start.Environment["Standalone__ServicesUrl"] = $"http://127.0.0.1:{ServiceProcess.FreePort()}";
        start.Environment["MASSTRANSIT_USAGE_TELEMETRY"] = "false";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            // A standalone that did start (the old behaviour) must not outlive the test.
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("loopback", await output + await error);
        var secrets = Path.Combine(workingDirectory, "data", "standalone-secrets.json");
        Assert.True(File.Exists(secrets), "the secrets are generated before the binding is checked");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(secrets));
        Directory.Delete(workingDirectory, recursive: true);
    }
}
