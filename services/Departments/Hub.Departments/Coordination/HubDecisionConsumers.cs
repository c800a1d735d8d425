using Hub.Contracts.Coordination;
using MassTransit;

namespace Hub.Departments.Coordination;

public sealed class LeadCaseworkerAssignedConsumer(HubDecisionRecorder recorder) : IConsumer<LeadCaseworkerAssigned>
{
    public Task Consume(ConsumeContext<LeadCaseworkerAssigned> context)
    {
        var e = context.Message;
        return recorder.RecordAsync(e.EventId, e.CitizenId, nameof(LeadCaseworkerAssignedConsumer),
            work => CoordinationStore.SetLeadAsync(work, e.CitizenId, e.CaseworkerId, e.Department, e.Reason, e.OccurredAt),
            context.CancellationToken);
    }
}

public sealed class LeadCaseworkerReleasedConsumer(HubDecisionRecorder recorder) : IConsumer<LeadCaseworkerReleased>
{
    public Task Consume(ConsumeContext<LeadCaseworkerReleased> context)
    {
        var e = context.Message;
        return recorder.RecordAsync(e.EventId, e.CitizenId, nameof(LeadCaseworkerReleasedConsumer),
            work => CoordinationStore.ReleaseLeadAsync(work, e.CitizenId, e.CaseworkerId, e.OccurredAt),
            context.CancellationToken);
    }
}

public sealed class CombinedPlanVersionedConsumer(HubDecisionRecorder recorder) : IConsumer<CombinedPlanVersioned>
{
    public Task Consume(ConsumeContext<CombinedPlanVersioned> context)
    {
        var e = context.Message;
        return recorder.RecordAsync(e.EventId, e.CitizenId, nameof(CombinedPlanVersionedConsumer),
            work => CoordinationStore.SetPlanAsync(work, e.CitizenId, e.Version, archived: false, e.OccurredAt),
            context.CancellationToken);
    }
}

public sealed class CombinedPlanArchivedConsumer(HubDecisionRecorder recorder) : IConsumer<CombinedPlanArchived>
{
    public Task Consume(ConsumeContext<CombinedPlanArchived> context)
    {
        var e = context.Message;
        return recorder.RecordAsync(e.EventId, e.CitizenId, nameof(CombinedPlanArchivedConsumer),
            work => CoordinationStore.SetPlanAsync(work, e.CitizenId, e.Version, archived: true, e.OccurredAt),
            context.CancellationToken);
    }
}
