namespace Hub.Departments.Application;

/// <summary>
/// What a write answered, however the command arrived: the answer, a <see cref="Application.Refusal"/>, or (a redelivered
/// broker command) that its effect is already committed. HTTP maps it to typed results, the broker ingest to a fault.
/// </summary>
public sealed class Outcome<T> where T : class
{
    private Outcome(T? answer, Refusal? refusal)
    {
        Answer = answer;
        Refusal = refusal;
    }

    public T? Answer { get; }

    public Refusal? Refusal { get; }

    public bool AlreadyHandled => Answer is null && Refusal is null;

    /// <summary>A redelivered broker command whose effect is already committed.</summary>
    public static Outcome<T> Handled { get; } = new(null, null);

    /// <summary>The same outcome with its answer as a plain object, for a table of handlers of different answers.</summary>
    public Outcome<object> Untyped() => new(Answer, Refusal);

    public static implicit operator Outcome<T>(T answer) => new(answer, null);

    public static implicit operator Outcome<T>(Refusal refusal) => new(null, refusal);
}
