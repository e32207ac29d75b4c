using System.Diagnostics;
using System.Reflection;

namespace Formatter.Core.Plugins;

/// <summary>Tells whether an exception was thrown by plugin code, so that the report names the plugin.</summary>
internal static class PluginFailure
{
    private static readonly Assembly Core = typeof(PluginFailure).Assembly;
    private static readonly Assembly Scriban = typeof(global::Scriban.Template).Assembly;

    /// <summary>
    /// The plugin to blame: <paramref name="pluginName"/> when a frame of the exception (or of an inner one) is in an
    /// assembly that is neither the host, Scriban nor the runtime; null otherwise.
    /// </summary>
    public static string? Blame(Exception exception, string? pluginName)
    {
        if (pluginName is null) return null;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            foreach (var frame in new StackTrace(e, fNeedFileInfo: false).GetFrames())
            {
                var assembly = frame.GetMethod()?.DeclaringType?.Assembly;
                if (assembly is not null && IsPluginCode(assembly)) return pluginName;
            }
        }
        return null;
    }

    /// <summary>
    /// The plugin function called at <paramref name="offset"/> of a template, when the call there starts with the name of
    /// one of <paramref name="functions"/> (Scriban reports a failing call at its start; it rethrows the function's
    /// exception, so the plugin's frames are not in the stack trace).
    /// </summary>
    public static string? FunctionAt(string? source, int offset, IEnumerable<string> functions)
    {
        if (source is null || offset < 0 || offset >= source.Length) return null;
        var end = offset;
        while (end < source.Length && (char.IsLetterOrDigit(source[end]) || source[end] == '_')) end++;
        var name = source[offset..end];
        return functions.Contains(name, StringComparer.Ordinal) ? name : null;
    }

    /// <summary>The innermost exception as <c>Type: message</c>.</summary>
    public static string Describe(Exception exception)
    {
        var inner = exception;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return $"{inner.GetType().Name}: {inner.Message}";
    }

    private static bool IsPluginCode(Assembly assembly)
    {
        if (assembly == Core || assembly == Scriban || assembly == typeof(object).Assembly) return false;
        var name = assembly.GetName().Name ?? "";
        return !name.StartsWith("System", StringComparison.Ordinal) && !name.StartsWith("Microsoft", StringComparison.Ordinal)
            && name != "Formatter.Abstractions" && name != "McMaster.NETCore.Plugins";
    }
}
