using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.ServiceDefaults.Errors;

/// <summary>
/// The one error vocabulary of every module: each answer is an RFC 9457 problem that names the field or the reason.
/// Handlers declare these in their <c>Results&lt;...&gt;</c> so the OpenAPI document describes the 4xx answers.
/// </summary>
public static class ApiProblems
{
    public const string InvalidTitle = "The request is not valid.";

    public static ValidationProblem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static ValidationProblem Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: InvalidTitle, detail: "See 'errors' for each field that was wrong.");

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static ProblemHttpResult Forbidden(string reason) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.", detail: reason);

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);
}
