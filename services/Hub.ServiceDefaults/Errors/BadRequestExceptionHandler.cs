using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Hub.ServiceDefaults.Errors;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a number where text belongs)
/// into a 400 ProblemDetails that names the field. The message never echoes the value: it may be a CPR.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var errors = new Dictionary<string, string[]>();
        var json = FindJsonException(badRequest);
        if (json is not null)
        {
            var field = string.IsNullOrEmpty(json.Path) ? "body" : json.Path.TrimStart('$', '.');
            errors[field.Length == 0 ? "body" : field] = ["The value has the wrong type or is not valid JSON."];
        }
        else
        {
            errors["request"] = [badRequest.StatusCode == StatusCodes.Status415UnsupportedMediaType
                ? "The body must be application/json."
                : "The request could not be read; check the body and the path."];
        }

        context.Response.StatusCode = badRequest.StatusCode is >= 400 and < 500 ? badRequest.StatusCode : 400;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(errors)
            {
                Status = context.Response.StatusCode,
                Title = "The request is malformed.",
            },
        });
    }

    private static JsonException? FindJsonException(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is JsonException json)
            {
                return json;
            }
        }

        return null;
    }
}
