using Microsoft.AspNetCore.Http;

namespace Hub.Departments.Application;

/// <summary>
/// What an ingest operation answered, independent of how the command arrived: HTTP maps it to a result,
/// the broker consumer turns a failure into a <see cref="Hub.Messaging.PermanentMessageException"/>.
/// </summary>
public sealed record Outcome(
    int Status,
    object? Body = null,
    string? Location = null,
    string? Title = null,
    string? Detail = null,
    IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public static Outcome Ok(object body) => new(StatusCodes.Status200OK, body);

    public static Outcome Created(string location, object body) => new(StatusCodes.Status201Created, body, location);

    /// <summary>A redelivered broker command whose effect is already committed.</summary>
    public static readonly Outcome AlreadyHandled = new(StatusCodes.Status200OK, new { alreadyHandled = true });

    public static Outcome Invalid(IReadOnlyDictionary<string, string[]> errors) => new(
        StatusCodes.Status400BadRequest, Title: "The request is not valid.", Detail: "See 'errors' for each field that was wrong.", Errors: errors);

    public static Outcome NotFound(string what, Guid id) => new(
        StatusCodes.Status404NotFound, Title: $"{what} not found.", Detail: $"No {what.ToLowerInvariant()} with id {id} in this centre.");

    public static Outcome Conflict(string title, string detail) => new(StatusCodes.Status409Conflict, Title: title, Detail: detail);

    public static Outcome NotServed(string department) => new(
        StatusCodes.Status404NotFound, Title: "Unknown centre.", Detail: $"This service does not serve the centre '{department}'.");

    public IResult ToHttp() => Status switch
    {
        StatusCodes.Status201Created => Results.Created(Location, Body),
        < 300 => Results.Ok(Body),
        _ when Errors is not null => Results.ValidationProblem(Errors, title: Title, detail: Detail),
        _ => Results.Problem(statusCode: Status, title: Title, detail: Detail),
    };

    /// <summary>One line for a fault header: the title, the detail and each field's errors (never a submitted value).</summary>
    public string Describe()
    {
        var fields = Errors is null ? "" : " " + string.Join(" ", Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
        return $"{Status} {Title} {Detail}{fields}".Trim();
    }
}
