using System.Reflection;
using Formatter.Core.Api;

namespace Formatter.Tests.Api;

/// <summary>
/// The types an embedding host can use from Formatter.Core: the embedding API, readers, writers, the authoring tools
/// and the registrar of a plugin's functions. A type made public by accident fails here; so does a third-party type
/// in a public signature.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly Assembly Core = typeof(CitationFormatter).Assembly;

    [Fact]
    public void Only_the_embedding_api_is_public()
    {
        string[] expected =
        [
            "Formatter.Core.Api.CitationFormatter", "Formatter.Core.Api.FormattedBibliography", "Formatter.Core.Api.FormattedEntry",
            "Formatter.Core.Api.FormatterBuilder", "Formatter.Core.Api.StyleInfo", "Formatter.Core.Api.TextWarmUp",
            "Formatter.Core.Authoring.StyleCheckResult", "Formatter.Core.Authoring.StyleChecker", "Formatter.Core.Authoring.StyleFolderWatcher",
            "Formatter.Core.Fixtures.FixtureResult", "Formatter.Core.Fixtures.FixtureRunner", "Formatter.Core.Fixtures.StyleFixture",
            "Formatter.Core.Fixtures.StyleFixtureParser",
            "Formatter.Core.Plugins.PluginRegistrar",
            "Formatter.Core.Readers.BibTex.BibTexReader", "Formatter.Core.Readers.CslJson.CslJsonReader",
            "Formatter.Core.Readers.CslJson.CslJsonRecordWriter", "Formatter.Core.Readers.IRecordReader",
            "Formatter.Core.Readers.IUtf8RecordReader", "Formatter.Core.Readers.IUtf8StreamRecordReader",
            "Formatter.Core.Readers.ReadResult", "Formatter.Core.Readers.ReaderRegistry", "Formatter.Core.Readers.Ris.RisReader",
            "Formatter.Core.Readers.Seed.SeedReader",
            "Formatter.Core.Writers.HtmlBibliographyWriter", "Formatter.Core.Writers.HtmlRenderer", "Formatter.Core.Writers.IBibliographyWriter",
            "Formatter.Core.Writers.IRichTextRenderer", "Formatter.Core.Writers.JsonBibliographyWriter",
            "Formatter.Core.Writers.MarkdownBibliographyWriter", "Formatter.Core.Writers.MarkdownRenderer",
            "Formatter.Core.Writers.PlainTextRenderer", "Formatter.Core.Writers.TextBibliographyWriter", "Formatter.Core.Writers.WriterRegistry",
        ];

        var exported = Core.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(expected.Order(StringComparer.Ordinal), exported);
    }

    [Fact]
    public void No_public_signature_shows_a_dependency()
    {
        var leaks = Core.GetExportedTypes()
            .SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .SelectMany(member => SignatureTypes(member).SelectMany(Parts).Select(used => (Where: $"{type.Name}.{member.Name}", Used: used))))
            .Where(p => p.Used.Assembly != Core && p.Used.Assembly != typeof(Formatter.Records.Record).Assembly && !IsRuntime(p.Used.Assembly))
            .Select(p => $"{p.Where}: {p.Used.FullName}")
            .Distinct()
            .ToList();

        Assert.Empty(leaks);
    }

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodInfo m => [m.ReturnType, .. m.GetParameters().Select(p => p.ParameterType)],
        PropertyInfo p => [p.PropertyType],
        FieldInfo f => [f.FieldType],
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        EventInfo e => [e.EventHandlerType!],
        _ => [],
    };

    // A type and what it is made of: generic arguments, array and by-reference elements.
    private static IEnumerable<Type> Parts(Type type) =>
        type.HasElementType ? Parts(type.GetElementType()!)
        : type.IsGenericType ? [type.GetGenericTypeDefinition(), .. type.GetGenericArguments().SelectMany(Parts)]
        : [type];

    private static bool IsRuntime(Assembly assembly) =>
        assembly.GetName().Name is { } name && (name.StartsWith("System", StringComparison.Ordinal) || name is "mscorlib" or "netstandard");
}
