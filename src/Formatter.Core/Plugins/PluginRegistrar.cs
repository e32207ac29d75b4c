using Formatter.Plugins;

namespace Formatter.Core.Plugins;

/// <summary>Collects what a plugin registers: template functions and list passes.</summary>
/// <param name="pluginName">The plugin the registrations come from (for error reports); null for none.</param>
public sealed class PluginRegistrar(string? pluginName = null) : IStyleRegistrar
{
    /// <summary>The plugin that registered these functions and passes, or null for a template-only style.</summary>
    public string? PluginName { get; } = pluginName;

    private readonly Dictionary<string, Delegate> _functions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IListPass> _passes = new(StringComparer.Ordinal);
    private bool _frozen;

    /// <summary>
    /// Whether registering is over: true once the plugin's <c>Register</c> has run (and from the start for a
    /// template-only style). A formatter shares these between threads, so they do not change after that.
    /// </summary>
    public bool IsReadOnly => _frozen;

    /// <summary>Functions by template name.</summary>
    public IReadOnlyDictionary<string, Delegate> Functions => _functions;

    /// <summary>List passes by name.</summary>
    public IReadOnlyDictionary<string, IListPass> Passes => _passes;

    /// <inheritdoc />
    public void AddFunction(string name, Delegate function)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(function);
        ThrowIfReadOnly();
        _functions[name] = function;
    }

    /// <inheritdoc />
    public void AddListPass(string name, IListPass pass)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(pass);
        ThrowIfReadOnly();
        _passes[name] = pass;
    }

    /// <summary>Ends registering (<see cref="IsReadOnly"/>).</summary>
    internal void Freeze() => _frozen = true;

    private void ThrowIfReadOnly()
    {
        if (_frozen)
            throw new InvalidOperationException($"the functions and passes of {(PluginName is null ? "this style" : $"plugin '{PluginName}'")} are fixed once its Register has run");
    }
}
