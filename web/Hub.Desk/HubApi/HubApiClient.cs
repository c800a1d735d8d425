using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hub.Api.AccessLog;
using Hub.Api.Alerts;
using Hub.Api.Caseloads;
using Hub.Api.Citizens;
using Hub.Api.Consents;
using Hub.Api.Leads;
using Hub.Api.Plans;
using Hub.Api.Stats;

namespace Hub.Desk.HubApi;

/// <summary>
/// The one client of the hub's public API (API.md): the desk reads and writes nothing else, and always as the
/// signed-in person (<see cref="UserToken"/>, read once per request, so calls may run concurrently). Requests and answers are the API's own records (Hub.Api).
/// Reads of a citizen carry the reader's purpose. A problem answer becomes a <see cref="HubApiException"/>.
/// </summary>
public sealed class HubApiClient(HttpClient http, UserToken token)
{
    // Citizens: the CPR only ever travels in this one request body.
    public Task<LookupResponse> LookupAsync(string cpr, ReadPurpose purpose, CancellationToken ct) =>
        SendAsync<LookupResponse>(Request(HttpMethod.Post, "/api/citizens/lookup", purpose, new LookupRequest(cpr)), ct);

    public Task<CitizenView> GetCitizenAsync(string citizenId, ReadPurpose purpose, CancellationToken ct) =>
        SendAsync<CitizenView>(Request(HttpMethod.Get, Citizen(citizenId), purpose), ct);

    public Task<TimelinePage> GetTimelineAsync(string citizenId, ReadPurpose purpose, TimelineCursor? before, int limit, CancellationToken ct) =>
        SendAsync<TimelinePage>(Request(HttpMethod.Get, $"{Citizen(citizenId)}/timeline?limit={limit}{before?.Query}", purpose), ct);

    public Task<AccessLogResponse> GetAccessLogAsync(string citizenId, ReadPurpose purpose, CancellationToken ct) =>
        SendAsync<AccessLogResponse>(Request(HttpMethod.Get, $"{Citizen(citizenId)}/access-log", purpose), ct);

    public Task<CitizenAccessLogResponse> GetCitizensOwnAccessLogAsync(string citizenId, ReadPurpose purpose, CancellationToken ct) =>
        SendAsync<CitizenAccessLogResponse>(Request(HttpMethod.Get, $"{Citizen(citizenId)}/access-log?view=citizen", purpose), ct);

    // Consent.
    public Task<ConsentGiven> GiveConsentAsync(string citizenId, GiveConsentRequest consent, ReadPurpose purpose, CancellationToken ct) =>
        SendAsync<ConsentGiven>(Request(HttpMethod.Post, $"{Citizen(citizenId)}/consents", purpose, consent), ct);

    public Task<ConsentWithdrawn> WithdrawConsentAsync(string citizenId, WithdrawConsentRequest withdrawal, ReadPurpose purpose, CancellationToken ct) =>
        SendAsync<ConsentWithdrawn>(Request(HttpMethod.Post, $"{Citizen(citizenId)}/consents/withdraw", purpose, withdrawal), ct);

    // The combined plan.
    public Task<CombinedPlan> GetPlanAsync(string citizenId, ReadPurpose purpose, CancellationToken ct) =>
        SendAsync<CombinedPlan>(Request(HttpMethod.Get, $"{Citizen(citizenId)}/plan", purpose), ct);

    public Task<PlanVersionsResponse> GetPlanVersionsAsync(string citizenId, ReadPurpose purpose, CancellationToken ct) =>
        SendAsync<PlanVersionsResponse>(Request(HttpMethod.Get, $"{Citizen(citizenId)}/plan/versions", purpose), ct);

    public Task<CombinedPlan> GetPlanVersionAsync(string citizenId, int version, ReadPurpose purpose, CancellationToken ct) =>
        SendAsync<CombinedPlan>(Request(HttpMethod.Get, $"{Citizen(citizenId)}/plan/versions/{version}", purpose), ct);

    public Task<PlanVersionCreated> SetCitizenGoalsAsync(string citizenId, GoalsRequest goals, ReadPurpose purpose, CancellationToken ct) =>
        SendAsync<PlanVersionCreated>(Request(HttpMethod.Put, $"{Citizen(citizenId)}/plan/citizen-goals", purpose, goals), ct);

    public Task<PlanVersionCreated> SetSharedGoalsAsync(string citizenId, GoalsRequest goals, ReadPurpose purpose, CancellationToken ct) =>
        SendAsync<PlanVersionCreated>(Request(HttpMethod.Put, $"{Citizen(citizenId)}/plan/shared-goals", purpose, goals), ct);

    // Team leaders.
    public Task<LeadOverridden> OverrideLeadAsync(string citizenId, OverrideLeadRequest lead, ReadPurpose purpose, CancellationToken ct) =>
        SendAsync<LeadOverridden>(Request(HttpMethod.Put, $"{Citizen(citizenId)}/lead", purpose, lead), ct);

    public Task<CaseloadResponse> GetCaseloadAsync(string caseworkerId, ReadPurpose purpose, CancellationToken ct) =>
        SendAsync<CaseloadResponse>(Request(HttpMethod.Get, $"/api/caseworkers/{Uri.EscapeDataString(caseworkerId)}/caseload", purpose), ct);

    public Task<CaseloadsResponse> GetCaseloadsAsync(CancellationToken ct) =>
        SendAsync<CaseloadsResponse>(Request(HttpMethod.Get, "/api/caseworkers", ReadPurpose.Supervision), ct);

    public Task<AlertsResponse> GetAlertsAsync(string? kind, CancellationToken ct) =>
        SendAsync<AlertsResponse>(Request(HttpMethod.Get, kind is null ? "/api/alerts" : $"/api/alerts?kind={Uri.EscapeDataString(kind)}"), ct);

    public Task<CentreStatisticsResponse> GetCentreStatisticsAsync(CancellationToken ct) =>
        SendAsync<CentreStatisticsResponse>(Request(HttpMethod.Get, "/api/stats/centres"), ct);

    private static string Citizen(string citizenId) => $"/api/citizens/{Uri.EscapeDataString(citizenId)}";

    private static HttpRequestMessage Request(HttpMethod method, string path, ReadPurpose? purpose = null, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) };
        if (purpose is not null) request.Headers.Add(ReadPurpose.Header, purpose.HeaderValue);
        return request;
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, CancellationToken ct)
    {
        if (token.AccessToken is { } accessToken) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using (request)
        using (var response = await http.SendAsync(request, ct))
        {
            if (!response.IsSuccessStatusCode) throw await HubApiException.FromAsync(response, ct);
            return await response.Content.ReadFromJsonAsync<T>(ct) ?? throw new HubApiException(response.StatusCode, null);
        }
    }
}
