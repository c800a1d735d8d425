using Hub.Contracts.Contacts;
using Hub.Departments.Validation;
using Keys = Hub.Contracts.Departments;

namespace Hub.Departments.Contacts;

/// <summary>Record a meeting, home visit, phone call or network meeting; shared by HTTP and the broker ingest.</summary>
public sealed class ContactService(TimeProvider time)
{
    public async Task<Outcome<ContactRecordedResponse>> RecordAsync(
        DepartmentContext department, Guid caseId, RecordContactRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (request is null) return Validator.MissingBody();
        var now = time.GetUtcNow();
        var validation = new Validator()
            .OneOf("kind", request.Kind, ContactKinds.All)
            .Required("at", request.At)
            .NotInFuture("at", request.At, now)
            .AllOf("participants", request.Participants, Keys.All);
        if (!validation.IsValid) return validation.Invalid();

        // The reporting department always took part in its own contact.
        var participants = (request.Participants ?? []).Select(p => p!).Append(department.Key).Distinct(StringComparer.Ordinal).Order().ToList();
        var at = request.At!.Value;
        return await department.ChangeOpenCaseAsync<ContactRecordedResponse>(caseId, messageId, "nothing can be added to it", async (work, record) =>
        {
            var contactId = Guid.CreateVersion7();
            await ContactStore.InsertAsync(work, caseId, contactId, request.Kind!, at, participants);
            return CaseChange.Publishing(
                sequence => new ContactRecorded(Guid.CreateVersion7(), department.Key, caseId, record.CitizenId, sequence, now, contactId,
                    request.Kind!, at, participants),
                new ContactRecordedResponse(contactId));
        }, ct);
    }
}
