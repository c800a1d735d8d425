using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;

namespace Hub.Desk.HubApi;

/// <summary>The hub answered with a problem (RFC 9457); pages show it as a readable message.</summary>
public sealed class HubApiException(HttpStatusCode status, HttpValidationProblemDetails? problem)
    : Exception(problem?.Detail ?? problem?.Title ?? $"The hub answered {(int)status}.")
{
    public HttpStatusCode Status { get; } = status;

    public HttpValidationProblemDetails? Problem { get; } = problem;

    public bool IsForbidden => Status == HttpStatusCode.Forbidden;

    public bool IsNotFound => Status == HttpStatusCode.NotFound;

    public static async Task<HubApiException> FromAsync(HttpResponseMessage response, CancellationToken ct)
    {
        HttpValidationProblemDetails? problem = null;
        if (response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "application/json")
        {
            try
            {
                problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(ct);
            }
            catch (System.Text.Json.JsonException)
            {
                // Not a problem document after all: the status alone still says what happened.
            }
        }

        return new HubApiException(response.StatusCode, problem);
    }
}
