using System.Text.Json;

namespace Hub.Api.Departments;

/// <summary>
/// <c>POST /api/{department}/batch</c>: up to <see cref="MaxCommands"/> commands, each a <see cref="CommandEnvelope"/>.
/// They stay raw JSON here so that one malformed command is refused on its own and does not fail the batch.
/// </summary>
public sealed record BatchRequest(IReadOnlyList<JsonElement>? Commands)
{
    public const int MaxCommands = 500;
}
