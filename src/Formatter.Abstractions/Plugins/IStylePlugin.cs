namespace Formatter.Plugins;

/// <summary>
/// The entry point of a compiled style plugin. A plugin folder holds its assembly and one or more style manifests
/// with their templates; the assembly adds what templates should not do (kit functions, list passes).
/// </summary>
public interface IStylePlugin
{
    /// <summary>Called once when the host builds the styles of this plugin's folder.</summary>
    void Register(IStyleRegistrar registrar);
}
