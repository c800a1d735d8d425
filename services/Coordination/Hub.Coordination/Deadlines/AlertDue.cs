using Hub.Coordination.Explanations;

namespace Hub.Coordination.Deadlines;

/// <summary>
/// An alert that should be open now; its key says what it is about, so raising it twice is harmless. <see cref="Kind"/> is the
/// code (Hub.Api.Explanations.AlertKinds) of <see cref="Args"/>; <see cref="Message"/> is their English sentence.
/// </summary>
public sealed record AlertDue(
    string Key, string Kind, string? CitizenId, string? Department, string? CaseworkerId, string Message, DateTimeOffset DueAt, IReadOnlyDictionary<string, string> Args)
{
    /// <summary>The alert of a kind with its arguments, worded by <see cref="English"/>.</summary>
    public static AlertDue Of(
        string key, string kind, string? citizenId, string? department, string? caseworkerId, DateTimeOffset dueAt, params (string Name, string Value)[] args)
    {
        var named = args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
        return new AlertDue(key, kind, citizenId, department, caseworkerId, English.Alert(kind, named), dueAt, named);
    }

    /// <summary>The arguments as kept in <c>alerts.args</c>.</summary>
    public string? ArgsJson => Arg.Json(Args);
}
