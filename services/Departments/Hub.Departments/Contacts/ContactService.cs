using Centres = Hub.Contracts.Departments;
using Hub.Contracts.Contacts;
using Hub.Departments.Application;
using Hub.Departments.Cases;
using Hub.Departments.Validation;

namespace Hub.Departments.Contacts;

/// <summary>Record a meeting, home visit, phone call or network meeting; shared by HTTP and the broker ingest.</summary>
public sealed class ContactService(TimeProvider time)
{
    public async Task<Outcome> RecordAsync(DepartmentContext centre, Guid caseId, RecordContactRequest? request, Guid? messageId, CancellationToken ct)
    {
        if (request is null) return new Validator().Add("body", "A JSON body is required.").Invalid();
        var now = time.GetUtcNow();
        var validation = new Validator()
            .OneOf("kind", request.Kind, ContactKinds.All)
            .Required("at", request.At)
            .NotInFuture("at", request.At, now)
            .AllOf("participants", request.Participants, Centres.All);
        if (!validation.IsValid) return validation.Invalid();

        await using var work = await centre.BeginOnceAsync(messageId, ct);
        if (work is null) return Outcome.AlreadyHandled;
        var (record, refusal) = await CaseService.OpenCaseAsync(work, caseId);
        if (refusal is not null) return refusal;

        // The reporting centre always took part in its own contact.
        var participants = (request.Participants ?? []).Select(p => p!).Append(centre.Key).Distinct(StringComparer.Ordinal).Order().ToList();
        var contactId = Guid.CreateVersion7();
        await ContactStore.InsertAsync(work, caseId, contactId, request.Kind!, request.At!.Value, participants);
        var sequence = await CaseStore.NextSequenceAsync(work, caseId);
        var recorded = new ContactRecorded(Guid.CreateVersion7(), centre.Key, caseId, record!.CitizenId, sequence, now, contactId,
            request.Kind!, request.At.Value, participants);
        await work.PublishAsync(recorded, recorded.EventId);
        await work.CommitAsync(ct);
        return Outcome.Created($"/api/{centre.Key}/cases/{caseId}/contacts/{contactId}", new { contactId });
    }
}
