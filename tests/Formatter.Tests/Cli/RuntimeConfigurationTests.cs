using System.Text.Json;

namespace Formatter.Tests.Cli;

/// <summary>
/// The app's runtime settings that its start-up figures depend on (README, Start-up) are in the runtime configuration
/// the build writes beside it, so that every way of running it (the README's <c>dotnet run</c>, a publish) has them.
/// </summary>
public sealed class RuntimeConfigurationTests
{
    [Theory]
    [InlineData("System.Runtime.EnableWriteXorExecute")]
    [InlineData("System.Runtime.TieredPGO")]
    public void The_app_turns_off(string property)
    {
        // The test project references the app, whose runtime configuration the build copies here.
        var path = Path.Combine(AppContext.BaseDirectory, "formatter.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var settings = document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(settings.TryGetProperty(property, out var value), $"{property} is not set in {path}");
        Assert.Equal(JsonValueKind.False, value.ValueKind);
    }
}
