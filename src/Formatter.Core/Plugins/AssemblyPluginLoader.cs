using System.Reflection;
using System.Runtime.Loader;
using Formatter.Plugins;
using McMaster.NETCore.Plugins.Loader;

namespace Formatter.Core.Plugins;

/// <summary>
/// Loads a compiled plugin with McMaster.NETCore.Plugins in its own load context. The contract assembly is shared
/// with the host, so <see cref="IStylePlugin"/> is the same type on both sides; everything else the plugin brings
/// (its own dependency versions included) stays private to it.
/// </summary>
/// <remarks>
/// The context comes from McMaster's <see cref="AssemblyLoadContextBuilder"/> rather than <c>PluginLoader</c>: the
/// loader also reads the plugin's and the host's <c>runtimeconfig.json</c> and <c>runtimeconfig.dev.json</c> for extra
/// probing paths (development-time NuGet folders), which costs a reflection-based JSON read, two caught exceptions and
/// a scan of the process's memory map per plugin — most of a plugin's load time. Plugins here carry their
/// dependencies in their own folder (<c>EnableDynamicLoading</c>), so those paths are never needed.
/// </remarks>
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
        var builder = new AssemblyLoadContextBuilder()
            .SetMainAssemblyPath(assemblyPath)
            .SetDefaultContext(AssemblyLoadContext.Default);
        // What the plugin's folder does not have (the contract, the framework) the context leaves to the runtime, which
        // takes the host's. A shared assembly the folder does carry a copy of is taken from the host by name instead:
        // the copy would make the plugin's IStylePlugin another type. (Resolving by name costs the process a
        // culture-aware name check, which brings in the collation data, so it is done only when needed.)
        var folder = Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
        foreach (var shared in SharedTypes.Select(t => t.Assembly.GetName()).DistinctBy(n => n.Name))
        {
            if (File.Exists(Path.Combine(folder, shared.Name + ".dll"))) builder.PreferDefaultLoadContextAssembly(shared);
        }
        if (hotReload) builder.EnableUnloading().PreloadAssembliesIntoMemory().ShadowCopyNativeLibraries();
        var context = builder.Build();
        // Hot reload loads by name, so that the context resolves the main assembly like its dependencies (from memory).
        // Otherwise by path: a load by name checks the name it found with a culture-aware comparison, which alone
        // brings the culture's collation data into a one-record run.
        var assembly = hotReload
            ? context.LoadFromAssemblyName(new AssemblyName(Path.GetFileNameWithoutExtension(assemblyPath)))
            : context.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
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
