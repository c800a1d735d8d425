using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Persistence;

/// <summary>Configuration section <c>Databases:{module}</c>, e.g. <c>Databases:social</c>; bound as the named options of the module.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>When empty on SQLite, <c>Data Source=data/{module}.db</c>.</summary>
    public string? ConnectionString { get; set; }

    public static OptionsBuilder<DatabaseOptions> Bind(IServiceCollection services, string module)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DatabaseOptions>, Validator>());
        return services.AddOptions<DatabaseOptions>(module).BindConfiguration($"Databases:{module}").ValidateOnStart();
    }

    // A validator rather than attributes: the key to name depends on the module (the options' name).
    private sealed class Validator : IValidateOptions<DatabaseOptions>
    {
        public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
        {
            if (!Enum.IsDefined(options.Provider))
            {
                return ValidateOptionsResult.Fail($"Databases:{name}:Provider must be Sqlite or SqlServer.");
            }

            return options.Provider == DatabaseProvider.SqlServer && string.IsNullOrWhiteSpace(options.ConnectionString)
                ? ValidateOptionsResult.Fail($"Databases:{name}:ConnectionString must be set when the provider is SqlServer.")
                : ValidateOptionsResult.Success;
        }
    }
}
