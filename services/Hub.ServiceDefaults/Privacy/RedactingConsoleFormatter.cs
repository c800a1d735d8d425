using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Hub.ServiceDefaults.Privacy;

/// <summary>A plain console format whose every line (message and exception) passes <see cref="CprRedactor"/>.</summary>
public sealed class RedactingConsoleFormatter() : ConsoleFormatter(Name)
{
    public new const string Name = "redacted";

    public override void Write<TState>(in LogEntry<TState> logEntry, Microsoft.Extensions.Logging.IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception) ?? logEntry.State?.ToString() ?? "";
        if (message.Length == 0 && logEntry.Exception is null)
        {
            return;
        }

        textWriter.Write($"{Level(logEntry.LogLevel)}: {logEntry.Category}[{logEntry.EventId.Id}]{Environment.NewLine}");
        textWriter.Write($"      {CprRedactor.Redact(message)}{Environment.NewLine}");
        if (logEntry.Exception is not null)
        {
            textWriter.Write($"      {CprRedactor.Redact(logEntry.Exception.ToString())}{Environment.NewLine}");
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
