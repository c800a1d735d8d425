using Hub.Api.Explanations;
using Hub.Coordination.Explanations;
using Hub.Persistence;

namespace Hub.Coordination.Leads;

/// <summary>Reads and writes of <c>leads</c> and <c>lead_history</c>.</summary>
public static class LeadStore
{
    private const string Columns =
        "caseworker_id AS CaseworkerId, department AS Department, case_id AS CaseId, reason AS Reason, reason_code AS ReasonCode, reason_args AS ReasonArgs, since AS Since, is_override AS IsOverride, assigned_by AS AssignedBy";

    public static Task<LeadRow?> CurrentAsync(ReadUnit work, string citizenId) =>
        work.QuerySingleOrDefaultAsync<LeadRow>($"SELECT {Columns} FROM leads WHERE citizen_id = @CitizenId", new { CitizenId = citizenId });

    public static async Task<IReadOnlyList<LeadRow>> HistoryAsync(ReadUnit work, string citizenId) =>
        (await work.QueryAsync<LeadRow>(
            $"SELECT {Columns}, released_at AS ReleasedAt, release_reason AS ReleaseReason, release_reason_code AS ReleaseReasonCode, release_reason_args AS ReleaseReasonArgs FROM lead_history WHERE citizen_id = @CitizenId ORDER BY since DESC, entry_id DESC",
            new { CitizenId = citizenId })).ToList();

    public static async Task AssignAsync(WriteUnit work, string citizenId, LeadRow lead)
    {
        var args = new { CitizenId = citizenId, lead.CaseworkerId, lead.Department, lead.CaseId, lead.Reason, lead.ReasonCode, lead.ReasonArgs, lead.Since, lead.IsOverride, lead.AssignedBy };
        await work.ExecuteAsync("DELETE FROM leads WHERE citizen_id = @CitizenId", args);
        await work.ExecuteAsync(
            """
            INSERT INTO leads (citizen_id, caseworker_id, department, case_id, reason, reason_code, reason_args, since, is_override, assigned_by)
            VALUES (@CitizenId, @CaseworkerId, @Department, @CaseId, @Reason, @ReasonCode, @ReasonArgs, @Since, @IsOverride, @AssignedBy)
            """, args);
        await work.ExecuteAsync(
            """
            INSERT INTO lead_history (entry_id, citizen_id, caseworker_id, department, case_id, reason, reason_code, reason_args, is_override, assigned_by, since)
            VALUES (@EntryId, @CitizenId, @CaseworkerId, @Department, @CaseId, @Reason, @ReasonCode, @ReasonArgs, @IsOverride, @AssignedBy, @Since)
            """, new
            {
                EntryId = Guid.CreateVersion7(), args.CitizenId, args.CaseworkerId, args.Department, args.CaseId, args.Reason, args.ReasonCode, args.ReasonArgs,
                args.IsOverride, args.AssignedBy, args.Since,
            });
    }

    public static async Task ReleaseAsync(WriteUnit work, string citizenId, Explanation reason, DateTimeOffset now)
    {
        await work.ExecuteAsync("DELETE FROM leads WHERE citizen_id = @CitizenId", new { CitizenId = citizenId });
        await work.ExecuteAsync(
            """
            UPDATE lead_history SET released_at = @Now, release_reason = @Reason, release_reason_code = @Code, release_reason_args = @Args
            WHERE citizen_id = @CitizenId AND released_at IS NULL
            """,
            new { CitizenId = citizenId, Now = now, Reason = English.Text(reason), reason.Code, Args = Arg.Json(reason.Args) });
    }

    /// <summary>Moves the lead to another of the same caseworker's cases, without a new assignment.</summary>
    public static Task MoveToCaseAsync(WriteUnit work, string citizenId, Guid caseId, string department) =>
        work.ExecuteAsync("UPDATE leads SET case_id = @CaseId, department = @Department WHERE citizen_id = @CitizenId",
            new { CitizenId = citizenId, CaseId = caseId, Department = department });
}
