using System.Globalization;
using System.Text.RegularExpressions;
using Hub.Api.Alerts;
using Hub.Api.Citizens;
using Hub.Api.Explanations;
using Hub.Api.Plans;

namespace Hub.Desk.Resources;

/// <summary>
/// The hub's explanations in Danish, from their codes and arguments (Hub.Api.Explanations), never from the English text:
/// the template of code <c>lead.only-candidate</c> is <see cref="Texts"/>' <c>CodeLeadOnlyCandidate</c>, with <c>{name}</c>
/// for each argument, formatted by its <see cref="ArgKind"/>. A row from before codes (<c>legacy</c>), or a code this desk
/// does not know yet, shows the hub's own text.
/// </summary>
public static partial class Explanations
{
    public static string Lead(LeadView lead) => Danish(lead.ReasonCode, lead.ReasonArgs, lead.Reason);

    public static string Lead(LeadHistoryView lead) => Danish(lead.ReasonCode, lead.ReasonArgs, lead.Reason);

    public static string? Release(LeadHistoryView lead) =>
        lead.ReleaseReason is null ? null : Danish(lead.ReleaseReasonCode ?? ExplanationCodes.Legacy, lead.ReleaseReasonArgs, lead.ReleaseReason);

    public static string PlanVersion(PlanVersion version) => Danish(version.ReasonCode, version.ReasonArgs, version.Why);

    public static string Timeline(TimelineEntry entry) => Danish(entry.SummaryCode, entry.SummaryArgs, entry.Summary);

    public static string Alert(AlertView alert) => Danish($"{ExplanationCodes.AlertFamily}.{alert.Kind}", alert.Args, alert.Message);

    public static string Alert(Alert alert) => Danish($"{ExplanationCodes.AlertFamily}.{alert.Kind}", alert.Args, alert.Message);

    public static string Finding(string kind, IReadOnlyDictionary<string, string>? args, string message) =>
        Danish($"{ExplanationCodes.FindingFamily}.{kind}", args, message);

    /// <summary>The Danish sentence of a code, or <paramref name="text"/> when the code is <c>legacy</c> or has no template here.</summary>
    public static string Danish(string code, IReadOnlyDictionary<string, string>? args, string text)
    {
        args ??= ExplanationArgs.None;
        if (code == ExplanationCodes.Legacy || TemplateOf(code, args) is not { } template) return text;
        var sentence = Fill(template, args);
        if (!code.StartsWith("lead.", StringComparison.Ordinal) || code == LeadReasonCodes.Override) return sentence;

        // A hub rule's caseload-cap modifiers (LeadReasonCodes).
        if (args.ContainsKey(ExplanationArgs.EveryoneOverCap)) sentence = $"{Fill(Texts.CodeModifierEveryoneOverCap, args)} {sentence}";
        if (args.ContainsKey(ExplanationArgs.SkippedOverCap)) sentence = $"{sentence} {Fill(Texts.CodeModifierSkippedOverCap, args)}";
        return sentence;
    }

    /// <summary>The resource key of a code's template: <c>Code</c> + the code in Pascal case.</summary>
    public static string KeyOf(string code) => "Code" + Labels.Pascal(code);

    /// <summary>The template of a code; one with a <c>text</c> argument may have its own (<c>...WithText</c>).</summary>
    public static string? TemplateOf(string code, IReadOnlyDictionary<string, string> args)
    {
        var key = KeyOf(code);
        return (args.ContainsKey(ExplanationArgs.Text) ? Texts.ResourceManager.GetString(key + "WithText", Texts.Culture) : null)
            ?? Texts.ResourceManager.GetString(key, Texts.Culture);
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> args) =>
        Placeholder().Replace(template, match => args.TryGetValue(match.Groups[1].Value, out var value) ? Format(match.Groups[1].Value, value) : "–");

    /// <summary>An argument as a Danish reader reads it.</summary>
    public static string Format(string name, string value) => ExplanationArgs.KindOf(name) switch
    {
        ArgKind.Department => Labels.Department(value),
        ArgKind.DepartmentList => string.Join(" og ", value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Labels.Department)),
        ArgKind.CaseType => Labels.CaseType(value).ToLowerInvariant(),
        ArgKind.InterventionType => Labels.Intervention(value).ToLowerInvariant(),
        ArgKind.ContactKind => Labels.ByKey("ContactKind", value).ToLowerInvariant(),
        ArgKind.ConsentStatus => Labels.Consent(value).ToLowerInvariant(),
        ArgKind.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Resources.Format.Date(date) : value,
        ArgKind.Instant => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? Resources.Format.DateTime(at) : value,
        ArgKind.CandidateList => string.Join(", ", value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Candidate)),
        _ => value,
    };

    private static string Candidate(string entry) => entry.Split(':') is [var department, var caseworkerId, var caseload]
        ? Fill(Texts.CodeModifierSkippedCandidate, new Dictionary<string, string>
        {
            [ExplanationArgs.Department] = department, [ExplanationArgs.CaseworkerId] = caseworkerId, [ExplanationArgs.Caseload] = caseload,
        })
        : entry;

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
