namespace Hub.Departments.Batches;

/// <summary>What a batch answered for a command the first time: its status and the endpoint's answer as JSON.</summary>
public sealed class CommandAnswer
{
    public int Status { get; init; }
    public string? Answer { get; init; }
}
