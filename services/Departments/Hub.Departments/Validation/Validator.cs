using System.Text.RegularExpressions;
using Hub.ServiceDefaults.Privacy;
using Microsoft.AspNetCore.Http;

namespace Hub.Departments.Validation;

/// <summary>
/// Collects field errors for one request; <see cref="Problem"/> answers them all at once as a 400
/// ValidationProblem. Messages never repeat the submitted value: it may be a CPR number.
/// </summary>
public sealed partial class Validator
{
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 2000;

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public Validator Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    public Validator Cpr(string field, string? value)
    {
        var error = ServiceDefaults.Privacy.Cpr.Validate(value);
        return error is null ? this : Add(field, error);
    }

    public Validator Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, $"'{field}' is required.");
        }

        return Optional(field, value, maxLength);
    }

    public Validator Optional(string field, string? value, int maxLength) =>
        value is not null && value.Length > maxLength ? Add(field, $"'{field}' may be at most {maxLength} characters.") : this;

    /// <summary>Ids of people and external systems: letters, digits, '.', '_' and '-'.</summary>
    public Validator Identifier(string field, string? value, bool required = true)
    {
        if (value is null)
        {
            return required ? Add(field, $"'{field}' is required.") : this;
        }

        return IdentifierShape().IsMatch(value) && value.Length <= MaxIdLength
            ? this
            : Add(field, $"'{field}' must be 1–{MaxIdLength} letters, digits, '.', '_' or '-'.");
    }

    public Validator OneOf(string field, string? value, IReadOnlyList<string> accepted)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, $"'{field}' is required. Accepted: {string.Join(", ", accepted)}.");
        }

        return accepted.Contains(value, StringComparer.Ordinal)
            ? this
            : Add(field, $"'{field}' is not a known type here. Accepted: {string.Join(", ", accepted)}.");
    }

    public Validator NotInFuture(string field, DateTimeOffset? value, DateTimeOffset now) =>
        value is not null && value > now.AddDays(1) ? Add(field, $"'{field}' may not lie in the future.") : this;

    public Validator NotBefore(string field, DateTimeOffset? value, string otherField, DateTimeOffset? other) =>
        value is not null && other is not null && value < other ? Add(field, $"'{field}' may not be before '{otherField}'.") : this;

    public IResult Problem() => Results.ValidationProblem(
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        title: "The request is not valid.",
        detail: "See 'errors' for each field that was wrong.");

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex IdentifierShape();
}
