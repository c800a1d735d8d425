namespace Hub.Coordination.Consent;

/// <summary>A consent about to be recorded: its scope and purpose, the evidence of how it was given, and who recorded it (a centre and an id).</summary>
public sealed record NewConsent(
    IReadOnlyList<string> Scope, string Purpose, DateOnly? ExpiresOn,
    string EvidenceGivenBy, string EvidenceKind, string EvidenceReference, string RecordedBy, string? RecordedByDepartment);
