extern alias social;
extern alias employment;
extern alias aftercare;
extern alias coordination;

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hub.Gateway;
using Hub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Hub.IntegrationTests.OpenApi;

/// <summary>
/// Every service's <c>/openapi/v1.json</c> describes each operation fully: the request body a POST or PUT takes,
/// each 2xx body with a schema, and its 4xx answers as problem details, so a typed client can be generated from it.
/// </summary>
public sealed class OpenApiDocumentTests
{
    public static TheoryData<string> Services => ["social", "employment", "aftercare", "coordination", "standalone"];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_operation_describes_its_bodies_and_answers_4xx_as_problem_details(string service)
    {
        var (host, client) = Start(service);
        await using var _ = host;
        using var __ = client;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestSecrets.Ops());
        using var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var operations = Operations(document.RootElement).ToList();
        Assert.NotEmpty(operations);
        var gaps = operations.SelectMany(o => Gaps(o.Name, o.Operation)).ToList();
        Assert.True(gaps.Count == 0, $"{service}: {gaps.Count} gaps in the API description:\n" + string.Join("\n", gaps));
    }

    /// <summary>The gateway's own operation: <c>GET /ops/overview</c> answers an <see cref="OverviewAnswer"/>, described field by field.</summary>
    [Fact]
    public async Task The_gateways_ops_overview_describes_its_answer()
    {
        var port = ServiceProcess.FreePort();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:SigningKey"] = TestSecrets.SigningKey });
        builder.AddGateway();
        await using var gateway = builder.Build();
        gateway.MapGateway();
        await gateway.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestSecrets.Ops());

        using var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var overview = document.RootElement.GetProperty("paths").GetProperty("/ops/overview").GetProperty("get");
        Assert.Empty(Gaps("GET /ops/overview", overview));

        var schema = Resolve(document.RootElement, overview.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        var properties = schema.GetProperty("properties");
        Assert.Equal(["allHealthy", "generatedAt", "services"], properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var service = Resolve(document.RootElement, properties.GetProperty("services").GetProperty("items"));
        Assert.Equal(["health", "name", "problem", "status"], service.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        await gateway.StopAsync();
    }

    /// <summary>Follows a <c>$ref</c> into <c>components/schemas</c>.</summary>
    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;

    private static (IAsyncDisposable Host, HttpClient Client) Start(string service) => service switch
    {
        "social" => Start(new ServiceFactory<social::Program>("social")),
        "employment" => Start(new ServiceFactory<employment::Program>("employment")),
        "aftercare" => Start(new ServiceFactory<aftercare::Program>("aftercare")),
        "coordination" => Start(new ServiceFactory<coordination::Program>("coordination")),
        _ => Start(new HubFactory()),
    };

    private static (IAsyncDisposable, HttpClient) Start<T>(WebApplicationFactory<T> factory) where T : class => (factory, factory.CreateClient());

    private static IEnumerable<(string Name, JsonElement Operation)> Operations(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => HttpMethods.Contains(o.Name)))
            {
                yield return ($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value);
            }
        }
    }

    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "patch"];

    private static IEnumerable<string> Gaps(string name, JsonElement operation)
    {
        var method = name[..name.IndexOf(' ')];
        if (method is "POST" or "PUT" or "PATCH")
        {
            if (!operation.TryGetProperty("requestBody", out var body)) yield return $"{name}: no request body";
            else if (!HasSchema(body, "application/json")) yield return $"{name}: request body without a JSON schema";
        }

        var responses = operation.GetProperty("responses").EnumerateObject().ToList();
        foreach (var success in responses.Where(r => r.Name.StartsWith('2') && r.Name != "204"))
        {
            if (!HasSchema(success.Value, "application/json")) yield return $"{name}: {success.Name} without a JSON schema";
        }

        var clientErrors = responses.Where(r => r.Name.StartsWith('4')).ToList();
        if (clientErrors.Count == 0) yield return $"{name}: no 4xx answer described";
        foreach (var error in clientErrors)
        {
            if (!HasSchema(error.Value, "application/problem+json")) yield return $"{name}: {error.Name} not described as problem details";
        }
    }

    private static bool HasSchema(JsonElement described, string mediaType) =>
        described.TryGetProperty("content", out var content)
        && content.TryGetProperty(mediaType, out var media)
        && media.TryGetProperty("schema", out _);
}
