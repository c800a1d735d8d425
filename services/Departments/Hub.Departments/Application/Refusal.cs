using Hub.ServiceDefaults.Errors;

namespace Hub.Departments.Application;

/// <summary>
/// Why a department refused a write: a 400 with each field's errors, or a 404/409 with a title and a detail.
/// HTTP answers it as a problem; the broker ingest puts <see cref="Describe"/> in the message's fault header.
/// </summary>
public sealed record Refusal(int Status, string Title, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static Refusal Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(StatusCodes.Status400BadRequest, ApiProblems.InvalidTitle, "See 'errors' for each field that was wrong.", errors);

    public static Refusal NotFound(string what, Guid id) =>
        new(StatusCodes.Status404NotFound, $"{what} not found.", $"No {what.ToLowerInvariant()} with id {id} in this centre.");

    public static Refusal Conflict(string title, string detail) => new(StatusCodes.Status409Conflict, title, detail);

    /// <summary>One line for a fault header: the title, the detail and each field's errors (never a submitted value).</summary>
    public string Describe()
    {
        var fields = Errors is null ? "" : " " + string.Join(" ", Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
        return $"{Status} {Title} {Detail}{fields}".Trim();
    }

    /// <summary>The problem a refusal without field errors answers over HTTP.</summary>
    public ProblemHttpResult ToProblem() => Status == StatusCodes.Status404NotFound
        ? ApiProblems.NotFound(Title, Detail)
        : ApiProblems.Conflict(Title, Detail);
}
