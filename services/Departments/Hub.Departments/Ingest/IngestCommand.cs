using System.Text.Json;
using Hub.Departments.Cases;
using Hub.Messaging;

namespace Hub.Departments.Ingest;

/// <summary>One accepted broker command: its department, its envelope and the idempotency key its effect is recorded under.</summary>
public sealed record IngestCommand(DepartmentContext Department, CommandEnvelope Envelope, Guid Key, CancellationToken Aborted)
{
    /// <summary>The envelope's <c>body</c> as the HTTP body of the same operation; null when absent.</summary>
    public T? Body<T>() where T : class =>
        Envelope.Body is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } body ? Parse<T>(body, "body.") : null;

    /// <summary>
    /// The case the command is about: <c>caseId</c>, or the case whose externalId is <c>caseExternalId</c>. In a batch it
    /// is looked up in the batch's own transaction, so a case opened earlier in the same batch is found.
    /// </summary>
    public async Task<Guid> CaseIdAsync()
    {
        if (Envelope.CaseId is { } caseId) return caseId;
        if (Envelope.CaseExternalId is not { Length: > 0 } externalId) throw Invalid("'caseId' or 'caseExternalId' is required for this type.");
        // Inside a batch the read joins the batch's unit, so a case the batch opened earlier is found.
        var found = await Department.Database.ReadAsync(read => CaseStore.FindByExternalIdAsync(read, externalId), Aborted);
        return found?.CaseId ?? throw new CommandRefusedException(CaseNotFound);
    }

    private static readonly Refusal CaseNotFound = new(StatusCodes.Status404NotFound, "Case not found.", "No case in this centre has that caseExternalId.");

    public static Guid Required(Guid? id, string field) => id ?? throw Invalid($"'{field}' is required for this type.");

    internal static T? Parse<T>(ReadOnlyMemory<byte> json, string prefix)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json.Span, JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            throw Malformed(e, prefix);
        }
    }

    internal static PermanentMessageException Invalid(string reason) => new($"Invalid ingest command: {reason}");

    internal static T? Parse<T>(JsonElement json, string prefix)
    {
        try
        {
            return json.Deserialize<T>(JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            throw Malformed(e, prefix);
        }
    }

    // Never the value itself: it may be a CPR number.
    private static PermanentMessageException Malformed(JsonException e, string prefix) =>
        Invalid($"'{prefix}{(e.Path ?? "$").TrimStart('$', '.')}' has the wrong type or the JSON is malformed.");
}
