using System.Text.Json;

namespace Formatter.Core.Readers.CslJson;

/// <summary>One property of a CSL-JSON record with the line it starts on.</summary>
internal readonly record struct CslJsonProperty(string Name, JsonElement Value, int Line);
