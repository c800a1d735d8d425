namespace Hub.Api.Explanations;

/// <summary>
/// One explanation the hub gives, as a stable <see cref="Code"/> (e.g. <c>lead.only-candidate</c>) and its named
/// arguments. Each code's arguments are listed beside it in its catalogue (<see cref="LeadReasonCodes"/>,
/// <see cref="PlanVersionReasonCodes"/>, ...); each argument's type follows from its name (<see cref="ExplanationArgs"/>).
/// Readers render their own language from the code; the English sentence the hub serves beside it is for API clients.
/// On the wire the pair is two fields named after the sentence they explain: <c>reasonCode</c> + <c>reasonArgs</c>,
/// <c>summaryCode</c> + <c>summaryArgs</c>, or <c>kind</c> + <c>args</c> (findings and alerts, whose kind is the code).
/// </summary>
public sealed record Explanation(string Code, IReadOnlyDictionary<string, string> Args)
{
    /// <summary>An explanation saved before codes existed (2026-12-04): only its English text is known.</summary>
    public static Explanation Legacy { get; } = new(ExplanationCodes.Legacy, ExplanationArgs.None);

    public static Explanation Of(string code, params (string Name, string? Value)[] args) =>
        new(code, args.Where(a => a.Value is not null).ToDictionary(a => a.Name, a => a.Value!, StringComparer.Ordinal));

    /// <summary>The argument, or null when this explanation does not carry it.</summary>
    public string? this[string name] => Args.TryGetValue(name, out var value) ? value : null;
}
