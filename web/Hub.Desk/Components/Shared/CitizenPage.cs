using Hub.Desk.HubApi;
using Hub.Desk.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Hub.Desk.Components.Shared;

/// <summary>
/// What every citizen page shares: the citizen id from the address, the hub client and the reader's purpose, the problem
/// the hub answered (shown by <see cref="CitizenPageHead"/>), and the static-SSR rule that a form post renders only so the
/// form's handler runs (it records, then redirects; the redirect reads). A page loads in <see cref="LoadAsync"/>.
/// </summary>
public abstract class CitizenPage : ComponentBase
{
    [Parameter] public string CitizenId { get; set; } = "";

    [CascadingParameter] protected HttpContext HttpContext { get; set; } = default!;

    [Inject] protected HubApiClient HubApi { get; set; } = default!;

    [Inject] protected PurposeMemory Purposes { get; set; } = default!;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    /// <summary>The problem the hub answered, if any.</summary>
    protected HubApiException? Error { get; private set; }

    protected bool IsPost => HttpMethods.IsPost(HttpContext.Request.Method);

    protected bool IsTeamLeader => HttpContext.User.IsTeamLeader();

    protected Task<ReadPurpose> PurposeAsync() => Purposes.ForAsync(HttpContext.User, CitizenId, HttpContext.RequestAborted);

    protected sealed override Task OnInitializedAsync() => IsPost ? Task.CompletedTask : CallHubAsync(LoadAsync);

    /// <summary>Reads what the page shows, with the reader's purpose for this citizen.</summary>
    protected abstract Task LoadAsync(ReadPurpose purpose, CancellationToken ct);

    /// <summary>Runs hub calls; a problem answer is kept in <see cref="Error"/> for the page to show.</summary>
    protected async Task CallHubAsync(Func<ReadPurpose, CancellationToken, Task> calls)
    {
        try
        {
            await calls(await PurposeAsync(), HttpContext.RequestAborted);
        }
        catch (HubApiException e)
        {
            Error = e;
        }
    }

    /// <summary>Records a change through the hub, then goes to <paramref name="then"/>; a refusal stays on the page with its problem.</summary>
    protected Task ChangeAsync(Func<ReadPurpose, CancellationToken, Task> change, string then) => CallHubAsync(async (purpose, ct) =>
    {
        await change(purpose, ct);
        Navigation.NavigateTo(then);
    });
}
