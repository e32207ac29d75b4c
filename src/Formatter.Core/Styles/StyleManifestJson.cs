using System.Text.Json;
using System.Text.Json.Serialization;

namespace Formatter.Core.Styles;

/// <summary>
/// Compile-time JSON metadata for style manifests (System.Text.Json source generation): reading a manifest needs no
/// reflection over the manifest types, which is most of the cost of the first read in a short-lived process.
/// </summary>
[JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(StyleManifest))]
internal sealed partial class StyleManifestJson : JsonSerializerContext;
