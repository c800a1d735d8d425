using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;

namespace Hub.Desk.Security;

/// <summary>
/// Keeps each session (the person's claims and the hub access token) on the server, so the browser's cookie
/// carries only a random session key. Signing out removes the entry; the token is gone with it.
/// The default cache is in memory (one desk instance); several instances share a distributed cache.
/// </summary>
public sealed class SessionTicketStore(IDistributedCache cache, IDataProtectionProvider protection) : ITicketStore
{
    private const string KeyPrefix = "desk-session:";
    private readonly IDataProtector _protector = protection.CreateProtector("Hub.Desk.SessionTicketStore");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = KeyPrefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        await RenewAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var bytes = _protector.Protect(TicketSerializer.Default.Serialize(ticket));
        var expiry = new DistributedCacheEntryOptions { AbsoluteExpiration = ticket.Properties.ExpiresUtc ?? DateTimeOffset.UtcNow.AddHours(8) };
        return cache.SetAsync(key, bytes, expiry);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var bytes = await cache.GetAsync(key);
        return bytes is null ? null : TicketSerializer.Default.Deserialize(_protector.Unprotect(bytes));
    }

    public Task RemoveAsync(string key) => cache.RemoveAsync(key);
}
