namespace Hub.Api.Citizens;

/// <summary>The opaque citizen id every other citizen endpoint takes.</summary>
public sealed record LookupResponse(string CitizenId);
