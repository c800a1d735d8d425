using System.Reflection;
using System.Text.RegularExpressions;
using Hub.Api;
using Hub.Api.Explanations;
using Hub.Coordination.Explanations;
using Hub.Desk.Resources;

namespace Hub.UnitTests.Coordination;

/// <summary>
/// Every code of Hub.Api.Explanations has an English sentence in the hub and a Danish one in the desk, and each names only
/// the arguments its code declares: rewording either side cannot leave a reader without words.
/// </summary>
public sealed partial class ExplanationCodeTests
{
    private static readonly Type[] Catalogues =
        [typeof(LeadReasonCodes), typeof(LeadReleaseCodes), typeof(PlanVersionReasonCodes), typeof(TimelineKinds), typeof(FindingKinds), typeof(AlertKinds)];

    public static TheoryData<string> QualifiedCodes() => [.. ExplanationCodes.AllQualified];

    private static IEnumerable<string> ConstantsOf(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string) && f.Name != nameof(TimelineKinds.SummaryPrefix))
            .Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_constant_of_a_catalogue_is_in_its_list_and_declares_its_arguments()
    {
        foreach (var catalogue in Catalogues)
        {
            var all = (IReadOnlyList<string>)catalogue.GetField("All")!.GetValue(null)!;
            var args = (IReadOnlyDictionary<string, IReadOnlyList<string>>)catalogue.GetField("Args")!.GetValue(null)!;
            Assert.Equal(ConstantsOf(catalogue).Order(), all.Order());
            Assert.Equal(all.Order(), args.Keys.Order());
        }
    }

    [Fact]
    public void Codes_are_stable_lower_case_strings_and_unique()
    {
        var codes = ExplanationCodes.AllQualified.ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z0-9]+)*$", code));
    }

    [Theory]
    [MemberData(nameof(QualifiedCodes))]
    public void Every_code_has_an_English_sentence_in_the_hub(string code) => Assert.True(English.Knows(code), $"no English sentence for {code}");

    [Theory]
    [MemberData(nameof(QualifiedCodes))]
    public void Every_code_has_a_Danish_sentence_in_the_desk_naming_only_its_arguments(string code)
    {
        var template = Explanations.TemplateOf(code, ExplanationArgs.None);
        Assert.False(template is null, $"no Danish text {Explanations.KeyOf(code)} in Texts.resx for {code}");
        var declared = DeclaredArgs(code);
        Assert.All(Placeholder().Matches(template).Select(m => m.Groups[1].Value), name => Assert.Contains(name, declared));
    }

    [Fact]
    public void The_desk_renders_a_lead_reason_from_its_code_and_not_from_the_text()
    {
        var args = new Dictionary<string, string>
        {
            [ExplanationArgs.CaseType] = "placement", [ExplanationArgs.Department] = "social",
            [ExplanationArgs.OtherCaseType] = "cash-benefit", [ExplanationArgs.OtherDepartment] = "employment",
            [ExplanationArgs.Cap] = "25", [ExplanationArgs.SkippedOverCap] = "aftercare:cw-61:25",
        };
        var danish = Explanations.Danish(LeadReasonCodes.HeaviestCase, args, "any English words");
        Assert.StartsWith("Tungeste sag: anbringelse i Myndighed og Social Service vejer tungere end kontanthjælp i", danish);
        Assert.Contains("sagsbehandler cw-61 i", danish);
        Assert.DoesNotContain("English", danish);
    }

    [Fact]
    public void A_row_from_before_codes_and_an_unknown_code_show_the_hubs_text()
    {
        Assert.Equal("an old sentence", Explanations.Danish(ExplanationCodes.Legacy, null, "an old sentence"));
        Assert.Equal("a newer sentence", Explanations.Danish("lead.some-future-rule", ExplanationArgs.None, "a newer sentence"));
    }

    [Fact]
    public void Every_key_the_desk_shows_has_a_Danish_label()
    {
        Assert.All(DepartmentKeys.All, key => Assert.NotEqual(key, Labels.Department(key)));
        Assert.All(PurposeCodes.Defaults, code => Assert.NotEqual(code, Labels.Purpose(code)));
        Assert.All(AlertKinds.All, kind => Assert.NotEqual(kind, Labels.Alert(kind)));
        Assert.All(TimelineKinds.All, kind => Assert.NotEqual(kind, Labels.TimelineKind(kind)));
    }

    private static IReadOnlyList<string> DeclaredArgs(string code)
    {
        var (family, bare) = code.IndexOf('.') is var dot ? (code[..dot], code[(dot + 1)..]) : ("", code);
        var declared = family switch
        {
            ExplanationCodes.AlertFamily => AlertKinds.Args[bare],
            ExplanationCodes.FindingFamily => FindingKinds.Args[bare],
            "timeline" => TimelineKinds.Args[bare],
            "plan" => PlanVersionReasonCodes.Args[code],
            "lead-release" => LeadReleaseCodes.Args[code],
            _ => LeadReasonCodes.Args[code],
        };
        // Optional arguments: the editor's words on a plan version.
        return family == "plan" ? [.. declared, ExplanationArgs.Text] : declared;
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
