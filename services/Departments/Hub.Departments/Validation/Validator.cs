using Hub.ServiceDefaults.Validation;

namespace Hub.Departments.Validation;

/// <summary>
/// Collects field errors for one request; <see cref="Invalid"/> answers them all at once as a 400
/// refusal. Messages never repeat the submitted value: it may be a CPR number.
/// </summary>
public sealed class Validator
{
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

        return Identifiers.IsValid(value) ? this : Add(field, $"'{field}' must be {Identifiers.Rule}.");
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

    public Validator Required<T>(string field, T? value) where T : struct =>
        value is null ? Add(field, $"'{field}' is required.") : this;

    /// <summary>An FSIII level: 0 (no limitation) to 4 (total limitation).</summary>
    public Validator Level(string field, int? value, bool required = false)
    {
        if (value is null)
        {
            return required ? Add(field, $"'{field}' is required (0–4).") : this;
        }

        return value is >= 0 and <= 4 ? this : Add(field, $"'{field}' must be an FSIII level from 0 to 4.");
    }

    public Validator NotBefore(string field, DateOnly? value, string otherField, DateOnly? other) =>
        value is not null && other is not null && value < other ? Add(field, $"'{field}' may not be before '{otherField}'.") : this;

    public Validator NotInFuture(string field, DateOnly? value, DateTimeOffset now) =>
        value is not null && value > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1) ? Add(field, $"'{field}' may not lie in the future.") : this;

    public Validator MaxCount<T>(string field, IReadOnlyCollection<T>? values, int max) =>
        values is not null && values.Count > max ? Add(field, $"'{field}' may hold at most {max} items.") : this;

    /// <summary>Every item is one of <paramref name="accepted"/>, each at most once.</summary>
    public Validator AllOf(string field, IReadOnlyList<string?>? values, IReadOnlyList<string> accepted)
    {
        if (values is null) return this;
        if (values.Any(v => v is null || !accepted.Contains(v, StringComparer.Ordinal)))
        {
            return Add(field, $"'{field}' holds an unknown key. Accepted: {string.Join(", ", accepted)}.");
        }

        return values.Distinct(StringComparer.Ordinal).Count() == values.Count ? this : Add(field, $"'{field}' names an item twice.");
    }

    public IReadOnlyDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public Refusal Invalid() => Refusal.Invalid(Errors);

    /// <summary>The refusal of a write that needs a body and got none.</summary>
    public static Refusal MissingBody() => new Validator().Add("body", "A JSON body is required.").Invalid();
}
