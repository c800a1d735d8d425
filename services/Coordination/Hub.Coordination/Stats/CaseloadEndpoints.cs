using Hub.Api.Caseloads;
using Hub.Coordination.Leads;
using Hub.Persistence;
using Hub.ServiceDefaults.Errors;
using Hub.ServiceDefaults.Security;
using Hub.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Coordination.Stats;

/// <summary><c>GET /api/caseworkers/{id}/caseload</c>: for the caseworker themself or a team leader.</summary>
public static class CaseloadEndpoints
{
    public static IEndpointRouteBuilder MapCaseloadEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/caseworkers/{caseworkerId}/caseload", Get).WithTags("Caseload").ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Results<Ok<CaseloadResponse>, ValidationProblem, ProblemHttpResult>> Get(
        HttpContext http, string caseworkerId, IOptions<LeadOptions> options,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        if (!Identifiers.IsValid(caseworkerId))
        {
            return ApiProblems.Invalid("caseworkerId", $"'caseworkerId' must be {Identifiers.Rule}.");
        }

        var self = http.User.IsInRole(HubRoles.Caseworker) && http.User.SubjectId() == caseworkerId;
        if (!self && !http.User.IsInRole(HubRoles.TeamLeader))
        {
            return ApiProblems.Forbidden("A caseload is shown to the caseworker themself and to team leaders.");
        }

        await using var work = await database.BeginAsync(ct);
        var cases = (await work.QueryAsync<CaseloadCase>(
            """
            SELECT case_id AS CaseId, department AS Department, case_type AS CaseType, citizen_id AS CitizenId, opened_at AS OpenedAt
            FROM active_cases WHERE caseworker_id = @CaseworkerId ORDER BY opened_at, case_id
            """, new { CaseworkerId = caseworkerId })).ToList();
        var leads = (await work.QueryAsync<CaseloadLead>(
            "SELECT citizen_id AS CitizenId, department AS Department, case_id AS CaseId, since AS Since FROM leads WHERE caseworker_id = @CaseworkerId ORDER BY since",
            new { CaseworkerId = caseworkerId })).ToList();
        var cap = options.Value.CaseloadCap;
        return TypedResults.Ok(new CaseloadResponse(caseworkerId, cases, cases.Count, leads, cap, cases.Count > cap));
    }
}
