using Hub.Messaging;

namespace Hub.Departments.Batches;

/// <summary>A refused command of a batch as the RFC 9457 problem its single endpoint would have answered.</summary>
public static class BatchProblems
{
    public static BatchItemProblem From(Refusal refusal) => new(TypeOf(refusal.Status), refusal.Title, refusal.Status, refusal.Detail, refusal.Errors);

    /// <summary>The reason of an unusable envelope, without the broker's prefix (it never repeats a submitted value).</summary>
    public static string Reason(PermanentMessageException invalid) =>
        invalid.Message.StartsWith(Prefix, StringComparison.Ordinal) ? invalid.Message[Prefix.Length..] : invalid.Message;

    private const string Prefix = "Invalid ingest command: ";

    // The same type links ASP.NET Core puts in the single endpoints' problems.
    private static string TypeOf(int status) => status switch
    {
        StatusCodes.Status404NotFound => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        StatusCodes.Status409Conflict => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        _ => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
    };
}
