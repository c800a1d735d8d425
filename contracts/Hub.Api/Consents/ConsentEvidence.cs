namespace Hub.Api.Consents;

/// <summary>
/// How the citizen gave consent: <see cref="GivenBy"/> (<c>citizen</c>, <c>guardian</c> or <c>representative</c>),
/// <see cref="Kind"/> (<c>signed-form</c> or <c>digital</c>) and <see cref="Reference"/>: the signed form's
/// reference in the centre's records, or the digital consent's id.
/// </summary>
public sealed record ConsentEvidence(string? GivenBy, string? Kind, string? Reference);
