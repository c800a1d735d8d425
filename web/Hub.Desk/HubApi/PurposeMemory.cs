using System.Security.Claims;
using System.Text.Json;
using Hub.ServiceDefaults.Security;
using Microsoft.Extensions.Caching.Distributed;

namespace Hub.Desk.HubApi;

/// <summary>
/// The purpose a person gave for reading a citizen (at lookup, or changed on the citizen's pages), kept on the
/// server for the working day so every later read of that citizen carries it into the access log. Without one,
/// a caseworker reads for case work and a team leader for supervision.
/// </summary>
public sealed class PurposeMemory(IDistributedCache cache)
{
    private static readonly DistributedCacheEntryOptions WorkingDay = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(10) };

    public async Task<ReadPurpose> ForAsync(ClaimsPrincipal reader, string citizenId, CancellationToken ct)
    {
        var stored = await cache.GetAsync(Key(reader, citizenId), ct);
        return stored is not null ? JsonSerializer.Deserialize<ReadPurpose>(stored)! : DefaultFor(reader);
    }

    public Task RememberAsync(ClaimsPrincipal reader, string citizenId, ReadPurpose purpose, CancellationToken ct) =>
        cache.SetAsync(Key(reader, citizenId), JsonSerializer.SerializeToUtf8Bytes(purpose), WorkingDay, ct);

    public static ReadPurpose DefaultFor(ClaimsPrincipal reader) =>
        reader.IsInRole(HubRoles.TeamLeader) ? ReadPurpose.Supervision : ReadPurpose.CaseWork;

    private static string Key(ClaimsPrincipal reader, string citizenId) => $"desk-purpose:{reader.SubjectId()}:{citizenId}";
}
