using System.Net.Http.Json;
using Hub.ServiceDefaults.Security;

namespace Hub.Desk.Security;

/// <summary>Obtains a persona's hub token from the gateway's <c>POST /dev/token</c> (development environments only).</summary>
public sealed class DevTokenClient(HttpClient http)
{
    public async Task<string> IssueAsync(Persona persona, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync("/dev/token", persona.TokenRequest, ct);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<DevToken>(ct);
        return token?.AccessToken ?? throw new InvalidOperationException("The gateway's /dev/token answered without an access token.");
    }

    private sealed record DevToken(string AccessToken);
}
