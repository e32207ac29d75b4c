using Formatter.Plugins;

namespace Formatter.Core.Plugins;

/// <summary>Collects what a plugin registers: template functions and list passes.</summary>
public sealed class PluginRegistrar : IStyleRegistrar
{
    private readonly Dictionary<string, Delegate> _functions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IListPass> _passes = new(StringComparer.Ordinal);

    /// <summary>Functions by template name.</summary>
    public IReadOnlyDictionary<string, Delegate> Functions => _functions;

    /// <summary>List passes by name.</summary>
    public IReadOnlyDictionary<string, IListPass> Passes => _passes;

    /// <inheritdoc />
    public void AddFunction(string name, Delegate function)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(function);
        _functions[name] = function;
    }

    /// <inheritdoc />
    public void AddListPass(string name, IListPass pass)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(pass);
        _passes[name] = pass;
    }
}
