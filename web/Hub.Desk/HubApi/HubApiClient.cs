using System.Net.Http.Json;

namespace Hub.Desk.HubApi;

/// <summary>
/// The one client of the hub's public API (API.md): the desk reads and writes nothing else. Requests and
/// answers are the API's own records (Hub.Api). A problem answer becomes a <see cref="HubApiException"/>.
/// </summary>
public sealed partial class HubApiClient(HttpClient http)
{
    private async Task<T> SendAsync<T>(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        using (var response = await http.SendAsync(request, ct))
        {
            if (!response.IsSuccessStatusCode) throw await HubApiException.FromAsync(response, ct);
            return await response.Content.ReadFromJsonAsync<T>(ct)
                   ?? throw new HubApiException(response.StatusCode, null);
        }
    }

    private async Task SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        using (var response = await http.SendAsync(request, ct))
        {
            if (!response.IsSuccessStatusCode) throw await HubApiException.FromAsync(response, ct);
        }
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, ReadPurpose? purpose = null, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) };
        if (purpose is not null) request.Headers.Add(ReadPurpose.Header, purpose.HeaderValue);
        return request;
    }
}
