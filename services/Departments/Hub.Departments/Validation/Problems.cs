using Microsoft.AspNetCore.Http;

namespace Hub.Departments.Validation;

/// <summary>ProblemDetails answers shared by the department endpoints.</summary>
public static class Problems
{
    public static IResult NotServed(string department) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Unknown centre.",
        detail: $"This service does not serve the centre '{department}'.");

    public static IResult NotFound(string what, Guid id) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: $"{what} not found.",
        detail: $"No {what.ToLowerInvariant()} with id {id} in this centre.");

    public static IResult Conflict(string title, string detail) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);
}
