using Hub.Persistence;

namespace Hub.Departments.Application;

/// <summary>
/// A change written to an open case: the event it publishes, made once the case's next sequence number is
/// taken, and the answer to the caller. Made by <see cref="CaseChange.Publishing{TEvent, T}"/>.
/// </summary>
public sealed class CaseChange<T> where T : class
{
    private readonly Func<WriteUnit, long, Task> _publish;

    internal CaseChange(Func<WriteUnit, long, Task> publish, T answer)
    {
        _publish = publish;
        Answer = answer;
    }

    public T Answer { get; }

    internal Task PublishAsync(WriteUnit work, long sequence) => _publish(work, sequence);
}
