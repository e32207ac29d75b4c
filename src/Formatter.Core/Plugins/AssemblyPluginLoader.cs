using System.Reflection;
using Formatter.Plugins;
using McMaster.NETCore.Plugins;

namespace Formatter.Core.Plugins;

/// <summary>
/// Loads a compiled plugin with McMaster.NETCore.Plugins in its own load context. The contract assembly is shared
/// with the host, so <see cref="IStylePlugin"/> is the same type on both sides; everything else the plugin brings
/// (its own dependency versions included) stays private to it.
/// </summary>
internal static class AssemblyPluginLoader
{
    private static readonly Type[] SharedTypes = [typeof(IStylePlugin), typeof(Formatter.Records.Record), typeof(Formatter.Text.RichText)];

    /// <summary>
    /// Loads the assembly and lets each <see cref="IStylePlugin"/> in it register; throws with a readable message on failure.
    /// With <paramref name="hotReload"/> the load context is collectible and reads the files into memory, so that a
    /// rebuilt plugin can replace them while the host runs.
    /// </summary>
    public static void Load(string assemblyPath, PluginRegistrar registrar, bool hotReload = false)
    {
        var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, SharedTypes, config =>
        {
            config.PreferSharedTypes = true;
            config.IsUnloadable = hotReload;
            config.LoadInMemory = hotReload;
        });
        var assembly = loader.LoadDefaultAssembly();
        CheckContractVersion(assembly);
        var pluginTypes = assembly.GetExportedTypes()
            .Where(t => typeof(IStylePlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .ToList();
        if (pluginTypes.Count == 0)
            throw new PluginLoadException($"{Path.GetFileName(assemblyPath)} has no public class implementing IStylePlugin");
        foreach (var type in pluginTypes)
        {
            var plugin = (IStylePlugin)(Activator.CreateInstance(type)
                ?? throw new PluginLoadException($"cannot create {type.FullName}"));
            plugin.Register(registrar);
        }
    }

    private static void CheckContractVersion(Assembly assembly)
    {
        var contract = typeof(IStylePlugin).Assembly.GetName();
        var reference = assembly.GetReferencedAssemblies().FirstOrDefault(a => a.Name == contract.Name);
        if (reference is null)
            throw new PluginLoadException($"it does not reference {contract.Name}");
        var built = reference.Version?.ToString(3) ?? "?";
        var host = contract.Version?.ToString(3) ?? "?";
        if (reference.Version?.Major != contract.Version?.Major)
            throw new PluginLoadException($"built against contract {built}, the host provides {host} (a different major version is incompatible)");
        if (reference.Version > contract.Version)
            throw new PluginLoadException($"built against contract {built}, newer than the host's {host}; update the host");
    }
}
