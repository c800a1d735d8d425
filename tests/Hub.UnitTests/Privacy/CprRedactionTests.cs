using System.Diagnostics;
using Hub.ServiceDefaults.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Hub.UnitTests.Privacy;

public sealed class CprRedactionTests
{
    [Theory]
    [InlineData("lookup for 010190-1234 failed", "lookup for [cpr-redacted] failed")]
    [InlineData("cpr=0101901234;", "cpr=[cpr-redacted];")]
    [InlineData("{\"cpr\":\"241299-9999\"}", "{\"cpr\":\"[cpr-redacted]\"}")]
    public void Cpr_shaped_text_is_replaced(string input, string expected) => Assert.Equal(expected, CprRedactor.Redact(input));

    [Theory]
    [InlineData("trace 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")]
    [InlineData("case 01a2054e-7495-7b30-a603-e277943dbb70 took 12345 ms")]
    [InlineData("port 5679, 2026-11-22T22:01:50")]
    public void Ids_times_and_short_numbers_are_left_alone(string input) => Assert.Equal(input, CprRedactor.Redact(input));

    [Fact]
    public void The_console_formatter_redacts_messages_and_exceptions()
    {
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            using (var services = new ServiceCollection()
                .AddLogging(logging => logging
                    .AddConsole(options => options.FormatterName = RedactingConsoleFormatter.Name)
                    .AddConsoleFormatter<RedactingConsoleFormatter, ConsoleFormatterOptions>())
                .BuildServiceProvider())
            {
                var logger = services.GetRequiredService<ILogger<CprRedactionTests>>();
                logger.LogWarning(new InvalidOperationException("bad 0101901234"), "Citizen {Cpr} not found", "010190-1234");
            }
        }
        finally
        {
            Console.SetOut(previous);
        }

        var text = output.ToString();
        Assert.Contains("Citizen [cpr-redacted] not found", text);
        Assert.Contains("bad [cpr-redacted]", text);
        Assert.DoesNotContain("010190", text);
    }

    [Fact]
    public void The_activity_processor_redacts_tags_and_names_before_export()
    {
        using var activity = new Activity("GET /x/010190-1234").Start();
        activity.SetTag("url.query", "cpr=0101901234");
        activity.SetTag("http.status_code", 200);
        activity.Stop();
        new RedactingActivityProcessor().OnEnd(activity);
        Assert.Equal("GET /x/[cpr-redacted]", activity.DisplayName);
        Assert.Equal("cpr=[cpr-redacted]", activity.GetTagItem("url.query"));
        Assert.Equal(200, activity.GetTagItem("http.status_code"));
    }
}
