using Hub.ServiceDefaults.Errors;

namespace Hub.Departments.Application;

/// <summary>A write's <see cref="Outcome{T}"/> as the typed HTTP results its endpoint declares.</summary>
public static class OutcomeResults
{
    public static Results<Created<T>, ValidationProblem, ProblemHttpResult> ToCreated<T>(this Outcome<T> outcome, Func<T, string> location)
        where T : class => outcome switch
    {
        { Refusal.Errors: { } errors } => ApiProblems.Invalid(errors),
        { Refusal: { } refusal } => refusal.ToProblem(),
        { Answer: { } answer } => TypedResults.Created(location(answer), answer),
        _ => throw NeverHandledOverHttp(),
    };

    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> ToOk<T>(this Outcome<T> outcome) where T : class => outcome switch
    {
        { Refusal.Errors: { } errors } => ApiProblems.Invalid(errors),
        { Refusal: { } refusal } => refusal.ToProblem(),
        { Answer: { } answer } => TypedResults.Ok(answer),
        _ => throw NeverHandledOverHttp(),
    };

    // Only a broker command carries a message id, so only it can find its effect already committed.
    private static InvalidOperationException NeverHandledOverHttp() => new("An HTTP write has no message id and is never already handled.");
}
