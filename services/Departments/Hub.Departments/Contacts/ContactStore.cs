using Hub.Persistence;

namespace Hub.Departments.Contacts;

public static class ContactStore
{
    public static Task InsertAsync(WriteUnit work, Guid caseId, Guid contactId, string kind, DateTimeOffset at, IReadOnlyList<string> participants) =>
        work.ExecuteAsync(
            "INSERT INTO contacts (contact_id, case_id, kind, at, participants) VALUES (@ContactId, @CaseId, @Kind, @At, @Participants)",
            new { ContactId = contactId, CaseId = caseId, Kind = kind, At = at, Participants = string.Join(',', participants) });

    public static Task<IEnumerable<ContactRow>> ForCaseAsync(ReadUnit work, Guid caseId) => work.QueryAsync<ContactRow>(
        "SELECT contact_id AS ContactId, kind AS Kind, at AS At, participants AS ParticipantList FROM contacts WHERE case_id = @CaseId ORDER BY at",
        new { CaseId = caseId });
}
