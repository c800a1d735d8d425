using static Hub.Api.Explanations.ExplanationArgs;

namespace Hub.Api.Explanations;

/// <summary>Why the combined plan has a new version (<c>versions[].reasonCode</c>), and the arguments each code carries.</summary>
public static class PlanVersionReasonCodes
{
    /// <summary>The citizen became cross-departmental with consent.</summary>
    public const string CoordinationStarted = "plan.coordination-started";
    /// <summary>The citizen has active cases in one centre only: the plan is archived.</summary>
    public const string CoordinationEnded = "plan.coordination-ended";
    /// <summary>The citizen's own goals changed; optional text (the editor's why).</summary>
    public const string CitizenGoalsUpdated = "plan.citizen-goals-updated";
    /// <summary>The shared goals changed; optional text (the editor's why).</summary>
    public const string SharedGoalsUpdated = "plan.shared-goals-updated";
    /// <summary>A centre set a goal: department.</summary>
    public const string GoalSet = "plan.goal-set";
    /// <summary>A centre recorded goal progress: department.</summary>
    public const string GoalProgressRecorded = "plan.goal-progress-recorded";
    /// <summary>A centre added an intervention: interventionType, department.</summary>
    public const string InterventionAdded = "plan.intervention-added";
    /// <summary>A centre ended an intervention: department.</summary>
    public const string InterventionEnded = "plan.intervention-ended";
    /// <summary>A centre recorded a contact: contactKind, department.</summary>
    public const string ContactRecorded = "plan.contact-recorded";

    public static readonly IReadOnlyList<string> All =
    [
        CoordinationStarted, CoordinationEnded, CitizenGoalsUpdated, SharedGoalsUpdated, GoalSet, GoalProgressRecorded,
        InterventionAdded, InterventionEnded, ContactRecorded,
    ];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Args = new Dictionary<string, IReadOnlyList<string>>
    {
        [CoordinationStarted] = [],
        [CoordinationEnded] = [],
        [CitizenGoalsUpdated] = [],
        [SharedGoalsUpdated] = [],
        [GoalSet] = [Department],
        [GoalProgressRecorded] = [Department],
        [InterventionAdded] = [InterventionType, Department],
        [InterventionEnded] = [Department],
        [ContactRecorded] = [ContactKind, Department],
    };
}
