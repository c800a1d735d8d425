using Hub.Api.Caseloads;
using Hub.Coordination.Access;
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

/// <summary>
/// <c>GET /api/caseworkers/{id}/caseload</c>: a caseworker is a centre and an id, and the centre is the reader's own: the
/// caseworker themself, or a team leader of the same centre. It names citizens, so it takes a purpose and every citizen
/// on the page is in the access log.
/// </summary>
public static class CaseloadEndpoints
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapCaseloadEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/caseworkers/{caseworkerId}/caseload", Get).WithTags("Caseload").ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Results<Ok<CaseloadResponse>, ValidationProblem, ProblemHttpResult>> Get(
        HttpContext http, string caseworkerId, [AsParameters] CaseloadQuery query, IOptions<LeadOptions> options, TimeProvider time,
        [FromKeyedServices(CoordinationModule.DatabaseName)] ModuleDatabase database, CancellationToken ct)
    {
        if (!Identifiers.IsValid(caseworkerId)) return ApiProblems.Invalid("caseworkerId", $"'caseworkerId' must be {Identifiers.Rule}.");
        if (query.Offset is < 0) return ApiProblems.Invalid("offset", "'offset' must not be negative.");
        if (query.Limit is < 1 or > MaxPageSize) return ApiProblems.Invalid("limit", $"'limit' must be between 1 and {MaxPageSize}.");

        var department = http.User.DepartmentOf();
        var self = http.User.IsInRole(HubRoles.Caseworker) && http.User.SubjectId() == caseworkerId;
        if (department is null || (!self && !http.User.IsInRole(HubRoles.TeamLeader)))
        {
            return ApiProblems.Forbidden("A caseload is shown to the caseworker themself and to team leaders of their centre.");
        }

        var (purpose, problem) = Purpose.Of(http);
        if (purpose is null) return AccessLog.InvalidPurpose(problem!);

        var (offset, limit) = (query.Offset ?? 0, query.Limit ?? DefaultPageSize);
        var now = time.GetUtcNow();
        await using var work = await database.BeginAsync(ct);
        var args = new { CaseworkerId = caseworkerId, Department = department };
        var cases = (await work.QueryAsync<CaseloadCase>(
            """
            SELECT case_id AS CaseId, department AS Department, case_type AS CaseType, citizen_id AS CitizenId, opened_at AS OpenedAt
            FROM active_cases WHERE department = @Department AND caseworker_id = @CaseworkerId ORDER BY opened_at, case_id
            """, args)).ToList();
        var leads = (await work.QueryAsync<CaseloadLead>(
            """
            SELECT citizen_id AS CitizenId, department AS Department, case_id AS CaseId, since AS Since
            FROM leads WHERE department = @Department AND caseworker_id = @CaseworkerId ORDER BY since, citizen_id
            """, args)).ToList();
        var pageOfCases = cases.Skip(offset).Take(limit).ToList();
        var pageOfLeads = leads.Skip(offset).Take(limit).ToList();
        foreach (var citizenId in pageOfCases.Select(c => c.CitizenId).Concat(pageOfLeads.Select(l => l.CitizenId)).Distinct())
        {
            await AccessLog.AppendAsync(work, http.User, citizenId, "caseload", purpose, now);
        }

        await work.CommitAsync(ct);
        var cap = options.Value.CaseloadCap;
        return TypedResults.Ok(new CaseloadResponse(caseworkerId, pageOfCases, cases.Count, pageOfLeads, cap, cases.Count > cap, department, leads.Count, offset, limit));
    }
}
