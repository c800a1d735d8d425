using Hub.Contracts;
using Hub.Contracts.Cases;

namespace Hub.FaultTests.Support;

/// <summary>
/// Case events made up by the test rather than sent through a centre's API, so they can be shuffled,
/// doubled or poisoned on the wire. Each case: opened (1), one or two caseworker changes, and for
/// two in three a close as the last sequence number.
/// </summary>
public sealed class GeneratedStream
{
    private GeneratedStream(List<ICitizenEvent> events, List<CaseState> cases)
    {
        Events = events;
        Cases = cases;
    }

    public List<ICitizenEvent> Events { get; }
    public List<CaseState> Cases { get; }

    public Expectation Expectation => new(Events.Select(e => new ExpectedEvent(e.EventId, e.CitizenId)).ToList(), Cases);

    public static GeneratedStream Create(int atLeastEvents, int citizens, int seed)
    {
        var random = new Random(seed);
        var citizenIds = Enumerable.Range(0, citizens).Select(_ => "c-" + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())).ToArray();
        var events = new List<ICitizenEvent>();
        var cases = new List<CaseState>();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; events.Count < atLeastEvents; i++)
        {
            var caseId = Guid.NewGuid();
            var centre = Departments.All[random.Next(Departments.All.Count)];
            var citizen = citizenIds[random.Next(citizenIds.Length)];
            long sequence = 1;
            var caseworker = $"cw-{i % 50}";
            events.Add(new CaseOpened(Guid.NewGuid(), centre, caseId, citizen, sequence, now, "contact-person", caseworker, null, now.AddDays(-30), null));
            for (var changes = 1 + random.Next(2); changes > 0; changes--)
            {
                caseworker = $"cw-{random.Next(50)}";
                events.Add(new CaseworkerChanged(Guid.NewGuid(), centre, caseId, citizen, ++sequence, now, caseworker, null));
            }

            var closed = random.Next(3) > 0;
            if (closed) events.Add(new CaseClosed(Guid.NewGuid(), centre, caseId, citizen, ++sequence, now, now, "done"));
            cases.Add(new CaseState(caseId, citizen, closed ? "closed" : "open", caseworker));
        }

        return new GeneratedStream(events, cases);
    }

    public GeneratedStream Shuffled(int seed)
    {
        var shuffled = Events.ToArray();
        new Random(seed).Shuffle(shuffled);
        return new GeneratedStream(shuffled.ToList(), Cases);
    }

    /// <summary>Publishes in windows of confirms in flight: one confirm at a time waits on the quorum queue's fsync each time.</summary>
    public async Task PublishAsync(RawPublisher publisher, Func<int, Task>? afterEach = null, int window = 100)
    {
        for (var start = 0; start < Events.Count; start += window)
        {
            var inFlight = new List<Task>();
            for (var i = start; i < Math.Min(Events.Count, start + window); i++)
            {
                inFlight.Add(PublishOneAsync(publisher, Events[i]));
                if (afterEach is not null) inFlight.Add(afterEach(i));
            }

            await Task.WhenAll(inFlight);
        }
    }

    public static Task PublishOneAsync(RawPublisher publisher, ICitizenEvent e, Guid? messageId = null) => e switch
    {
        CaseOpened x => publisher.PublishAsync(x, messageId),
        CaseworkerChanged x => publisher.PublishAsync(x, messageId),
        CaseClosed x => publisher.PublishAsync(x, messageId),
        _ => throw new NotSupportedException(e.GetType().Name),
    };
}
