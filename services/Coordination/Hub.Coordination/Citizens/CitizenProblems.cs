using Microsoft.AspNetCore.Http;

namespace Hub.Coordination.Citizens;

/// <summary>The ProblemDetails answers the hub's endpoints share; each names the field or the reason.</summary>
public static class CitizenProblems
{
    public static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request is not valid.");

    public static IResult? InvalidId(string citizenId) => Hub.ServiceDefaults.Privacy.CitizenIdentity.LooksLikeCitizenId(citizenId)
        ? null
        : Invalid("citizenId", "'citizenId' must be an opaque citizen id from POST /api/citizens/lookup.");

    public static IResult UnknownCitizen() =>
        Results.Problem(statusCode: 404, title: "Citizen not known.", detail: "The hub has no citizen with this id.");

    public static IResult Forbidden(string reason) =>
        Results.Problem(statusCode: 403, title: "Forbidden.", detail: reason);

    public static IResult Conflict(string title, string detail) =>
        Results.Problem(statusCode: 409, title: title, detail: detail);
}
