namespace Hub.Api.Explanations;

/// <summary>How a reader formats an argument: its type follows from its name (<see cref="ExplanationArgs.KindOf"/>).</summary>
public enum ArgKind
{
    /// <summary>Words to show as they are: a team leader's or a centre's own text, an id.</summary>
    Text,
    /// <summary>A whole number, invariant digits.</summary>
    Number,
    /// <summary>A department key (<see cref="DepartmentKeys"/>).</summary>
    Department,
    /// <summary>Department keys separated by commas, in key order.</summary>
    DepartmentList,
    /// <summary>A case type key of the centres' configuration.</summary>
    CaseType,
    /// <summary>An intervention type key of the centres' configuration.</summary>
    InterventionType,
    /// <summary>A contact kind (<c>meeting</c>, <c>home-visit</c>, <c>phone</c>, <c>network-meeting</c>).</summary>
    ContactKind,
    /// <summary>A consent status (<c>none</c>, <c>pending</c>, <c>withdrawn</c>, ...).</summary>
    ConsentStatus,
    /// <summary>A calendar date, <c>yyyy-MM-dd</c>.</summary>
    Date,
    /// <summary>An instant, ISO 8601 with offset (round-trip <c>o</c>).</summary>
    Instant,
    /// <summary>Candidates skipped for the caseload cap: <c>department:caseworkerId:caseload</c> entries separated by commas.</summary>
    CandidateList,
    /// <summary>Present with the value <c>true</c>, or absent.</summary>
    Flag,
}

/// <summary>The names of the arguments codes carry, and each one's <see cref="ArgKind"/>. Names are camelCase on the wire.</summary>
public static class ExplanationArgs
{
    public static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public const string Department = "department";
    public const string OtherDepartment = "otherDepartment";
    public const string Departments = "departments";
    public const string CaseType = "caseType";
    public const string OtherCaseType = "otherCaseType";
    public const string CaseworkerId = "caseworkerId";
    public const string OtherCaseworkerId = "otherCaseworkerId";
    public const string Caseload = "caseload";
    public const string OtherCaseload = "otherCaseload";
    public const string Active = "active";
    public const string Cap = "cap";
    public const string Since = "since";
    public const string By = "by";
    public const string Text = "text";
    public const string Status = "status";
    public const string InterventionType = "interventionType";
    public const string LegalBasis = "legalBasis";
    public const string ContactKind = "contactKind";
    public const string Level = "level";
    public const string On = "on";
    public const string DueOn = "dueOn";
    public const string At = "at";
    public const string Hours = "hours";
    public const string Days = "days";
    public const string Months = "months";
    /// <summary>On a lead reason: every candidate was at or over <see cref="Cap"/>, and the lead was assigned anyway.</summary>
    public const string EveryoneOverCap = "everyoneOverCap";
    /// <summary>On a lead reason: the candidates skipped because they were at or over <see cref="Cap"/>.</summary>
    public const string SkippedOverCap = "skippedOverCap";

    public static ArgKind KindOf(string name) => name switch
    {
        Department or OtherDepartment => ArgKind.Department,
        Departments => ArgKind.DepartmentList,
        CaseType or OtherCaseType => ArgKind.CaseType,
        InterventionType => ArgKind.InterventionType,
        ContactKind => ArgKind.ContactKind,
        Status => ArgKind.ConsentStatus,
        Caseload or OtherCaseload or Active or Cap or Level or Hours or Days or Months => ArgKind.Number,
        Since or On or DueOn => ArgKind.Date,
        At => ArgKind.Instant,
        SkippedOverCap => ArgKind.CandidateList,
        EveryoneOverCap => ArgKind.Flag,
        _ => ArgKind.Text,
    };
}
