using Formatter.Records;

namespace Formatter.Core.Readers.Seed;

/// <summary>Maps the role words of author rows (<c>(Editor)</c>, <c>(Translator)</c>…) to CSL name variables.</summary>
internal static class SeedRoles
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Author"] = "author", ["Editor"] = "editor", ["Translator"] = "translator", ["Contributor"] = "contributor",
        ["Compiler"] = "compiler", ["Illustrator"] = "illustrator", ["Director"] = "director", ["Composer"] = "composer",
        ["Narrator"] = "narrator", ["Performer"] = "performer", ["Producer"] = "producer", ["Interviewer"] = "interviewer",
        ["Recipient"] = "recipient", ["Curator"] = "curator", ["Organizer"] = "organizer", ["Host"] = "host",
        ["Guest"] = "guest", ["Chair"] = "chair", ["Editor-Translator"] = "editor-translator",
        ["Series Editor"] = "collection-editor", ["Collection Editor"] = "collection-editor", ["Screenwriter"] = "script-writer",
        ["Script Writer"] = "script-writer", ["Reviewed Author"] = "reviewed-author", ["Book Author"] = "container-author",
        ["Container Author"] = "container-author", ["Original Author"] = "original-author", ["Thesis Advisor"] = "contributor",
        ["Degree supervisor"] = "contributor", ["Other"] = "contributor",
    };

    /// <summary>The CSL variable of a role word, or null when the word is not a role.</summary>
    public static string? ToVariable(string role)
    {
        var word = role.Trim().TrimEnd('.');
        if (Aliases.TryGetValue(word, out var variable)) return variable;
        var candidate = word.ToLowerInvariant().Replace(' ', '-');
        return CslVariables.NameVariables.Contains(candidate) ? candidate : null;
    }
}
