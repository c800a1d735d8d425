using Hub.Contracts.Cases;
using Hub.Persistence;

namespace Hub.Coordination.Registry;

/// <summary>
/// Folds the centres' case events into <c>hub_cases</c>. Each field group remembers the sequence
/// number that last set it, so a late or repeated event never overwrites newer state, and an event
/// that overtakes its case's opening leaves a row the opening later completes.
/// </summary>
public static class CaseRegistry
{
    public static async Task ApplyAsync(WriteUnit work, CaseOpened e)
    {
        var updated = await work.ExecuteAsync(
            """
            UPDATE hub_cases SET
                case_type = @CaseType, opened_at = @OpenedAt, opened_seen = 1,
                caseworker_id   = CASE WHEN caseworker_seq < @Sequence THEN @CaseworkerId ELSE caseworker_id END,
                caseworker_name = CASE WHEN caseworker_seq < @Sequence THEN @CaseworkerName ELSE caseworker_name END,
                caseworker_seq  = CASE WHEN caseworker_seq < @Sequence THEN @Sequence ELSE caseworker_seq END,
                status          = CASE WHEN status_seq < @Sequence THEN 'open' ELSE status END,
                status_seq      = CASE WHEN status_seq < @Sequence THEN @Sequence ELSE status_seq END
            WHERE case_id = @CaseId
            """, e);
        if (updated == 0)
        {
            await work.ExecuteAsync(
                """
                INSERT INTO hub_cases (case_id, department, citizen_id, case_type, caseworker_id, caseworker_name, status, opened_at,
                                       opened_seen, status_seq, caseworker_seq)
                VALUES (@CaseId, @Department, @CitizenId, @CaseType, @CaseworkerId, @CaseworkerName, 'open', @OpenedAt, 1, @Sequence, @Sequence)
                """, e);
        }
    }

    public static async Task ApplyAsync(WriteUnit work, CaseClosed e)
    {
        var updated = await work.ExecuteAsync(
            """
            UPDATE hub_cases SET
                status     = CASE WHEN status_seq < @Sequence THEN 'closed' ELSE status END,
                closed_at  = CASE WHEN status_seq < @Sequence THEN @ClosedAt ELSE closed_at END,
                status_seq = CASE WHEN status_seq < @Sequence THEN @Sequence ELSE status_seq END
            WHERE case_id = @CaseId
            """, e);
        if (updated == 0)
        {
            await work.ExecuteAsync(
                """
                INSERT INTO hub_cases (case_id, department, citizen_id, status, closed_at, opened_seen, status_seq, caseworker_seq)
                VALUES (@CaseId, @Department, @CitizenId, 'closed', @ClosedAt, 0, @Sequence, 0)
                """, e);
        }
    }

    public static async Task ApplyAsync(WriteUnit work, CaseworkerChanged e)
    {
        var updated = await work.ExecuteAsync(
            """
            UPDATE hub_cases SET
                caseworker_id   = CASE WHEN caseworker_seq < @Sequence THEN @CaseworkerId ELSE caseworker_id END,
                caseworker_name = CASE WHEN caseworker_seq < @Sequence THEN @CaseworkerName ELSE caseworker_name END,
                caseworker_seq  = CASE WHEN caseworker_seq < @Sequence THEN @Sequence ELSE caseworker_seq END
            WHERE case_id = @CaseId
            """, e);
        if (updated == 0)
        {
            await work.ExecuteAsync(
                """
                INSERT INTO hub_cases (case_id, department, citizen_id, caseworker_id, caseworker_name, status, opened_seen, status_seq, caseworker_seq)
                VALUES (@CaseId, @Department, @CitizenId, @CaseworkerId, @CaseworkerName, 'open', 0, 0, @Sequence)
                """, e);
        }
    }
}
