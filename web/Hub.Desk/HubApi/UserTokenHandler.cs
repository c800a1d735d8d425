using System.Net.Http.Headers;
using Hub.Desk.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Hub.Desk.HubApi;

/// <summary>Calls the hub with the signed-in person's own token, taken from their server-side session.</summary>
public sealed class UserTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = accessor.HttpContext ?? throw new InvalidOperationException("The hub API is called only while serving a desk request.");
        var token = await context.GetTokenAsync(DeskAuthentication.CookieScheme, HubToken.AccessTokenName);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
