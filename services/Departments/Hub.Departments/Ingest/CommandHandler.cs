namespace Hub.Departments.Ingest;

/// <summary>
/// One row of the table "command type → handler": the application service call, and the status its HTTP endpoint
/// answers on success (201 for what creates, 200 for a change), which a batch reports per command.
/// </summary>
public sealed record CommandHandler(int SuccessStatus, Func<IngestCommand, Task<Outcome<object>>> Apply)
{
    public static CommandHandler Created<T>(Func<IngestCommand, Task<Outcome<T>>> apply) where T : class =>
        new(StatusCodes.Status201Created, async command => (await apply(command)).Untyped());

    public static CommandHandler Changed<T>(Func<IngestCommand, Task<Outcome<T>>> apply) where T : class =>
        new(StatusCodes.Status200OK, async command => (await apply(command)).Untyped());
}
