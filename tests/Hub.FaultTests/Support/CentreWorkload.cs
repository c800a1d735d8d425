using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Testing;

namespace Hub.FaultTests.Support;

/// <summary>
/// A stream of department events driven through the centres' own ingest APIs: each case is opened,
/// gets a new caseworker, and every other one is closed (sequences 1, 2, 3). Cases run concurrently on
/// several clients. A request that fails because a service or the broker is down is retried: an open
/// carries an externalId (idempotent), and a close answered 409 was already done.
/// </summary>
public sealed class CentreWorkload(HubTopology topology, int cases, int citizens, int seed = 7)
{
    private static readonly Dictionary<string, string[]> CaseTypes = new()
    {
        ["social"] = ["child-welfare", "placement", "family-support", "adult-support", "disability"],
        ["employment"] = ["cash-benefit", "sickness-benefit", "resource-programme", "job-clarification", "education-benefit"],
        ["aftercare"] = ["contact-person", "housing-support", "continued-placement", "education-support"],
    };

    private int _acknowledged;
    private int _started;

    /// <summary>Events whose request got a success answer.</summary>
    public int Acknowledged => _acknowledged;

    /// <summary>Success answers per process (its base address): with several processes of a centre, each one's share.</summary>
    public ConcurrentDictionary<Uri, int> AcknowledgedBy { get; } = new();

    /// <summary>Requests started so far; faults are injected at a share of <see cref="PlannedEvents"/>.</summary>
    public int Started => _started;

    public int PlannedEvents => cases * 2 + (cases + 1) / 2;

    public async Task RunAsync(int concurrency, CancellationToken cancellationToken = default)
    {
        var random = new Random(seed);
        var cprs = Enumerable.Range(0, citizens).Select(i => Cpr(i)).ToArray();
        var plan = Enumerable.Range(0, cases).Select(i =>
        {
            var centre = Databases.Centres[random.Next(Databases.Centres.Length)];
            return (Index: i, Centre: centre, Type: CaseTypes[centre][random.Next(CaseTypes[centre].Length)], Cpr: cprs[random.Next(cprs.Length)]);
        }).ToList();

        // A centre run as several processes gets its cases spread over them, one case per process throughout.
        var clients = Databases.Centres.ToDictionary(c => c, c => topology.Services
            .Where(s => s.Name == c || s.Name.StartsWith(c + "#", StringComparison.Ordinal))
            .Select(s =>
            {
                var client = new HttpClient { BaseAddress = s.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestSecrets.DepartmentSystem(c));
                return client;
            }).ToArray());
        try
        {
            await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
                async (c, ct) =>
                {
                    var client = clients[c.Centre][c.Index % clients[c.Centre].Length];
                    var opened = await SendAsync(client, ct, () => new HttpRequestMessage(HttpMethod.Post, $"/api/{c.Centre}/cases")
                    {
                        Content = JsonContent.Create(new { cpr = c.Cpr, caseType = c.Type, caseworkerId = $"cw-{c.Index % 40}", externalId = $"ext-{seed}-{c.Index}" }),
                    }, HttpStatusCode.Created);
                    var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("caseId").GetGuid();
                    await SendAsync(client, ct, () => new HttpRequestMessage(HttpMethod.Put, $"/api/{c.Centre}/cases/{caseId}/caseworker")
                    {
                        Content = JsonContent.Create(new { caseworkerId = $"cw-{(c.Index + 1) % 40}" }),
                    }, HttpStatusCode.OK);
                    if (c.Index % 2 == 0)
                    {
                        await SendAsync(client, ct, () => new HttpRequestMessage(HttpMethod.Post, $"/api/{c.Centre}/cases/{caseId}/close")
                        {
                            Content = JsonContent.Create(new { reason = "done" }),
                        }, HttpStatusCode.OK, HttpStatusCode.Conflict);
                    }
                });
        }
        finally
        {
            foreach (var client in clients.Values.SelectMany(c => c)) client.Dispose();
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, CancellationToken ct, Func<HttpRequestMessage> request, params HttpStatusCode[] success)
    {
        Interlocked.Increment(ref _started);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            try
            {
                var response = await client.SendAsync(request(), ct);
                if (success.Contains(response.StatusCode))
                {
                    Interlocked.Increment(ref _acknowledged);
                    AcknowledgedBy.AddOrUpdate(client.BaseAddress!, 1, (_, n) => n + 1);
                    return response;
                }

                if ((int)response.StatusCode < 500 || DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested && DateTime.UtcNow < deadline)
            {
                // The service is down for the fault: try again once it is back.
            }

            await Task.Delay(250, ct);
        }
    }

    /// <summary>A valid CPR (born 1960-1987, 7th digit 0-3 gives the 1900s), distinct per index.</summary>
    private static string Cpr(int index) => $"{index % 28 + 1:00}{index / 28 % 12 + 1:00}{60 + index / 336 % 28:00}-{index % 4000:0000}";
}
