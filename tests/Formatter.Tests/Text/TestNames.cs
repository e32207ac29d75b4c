using Formatter.Records;

namespace Formatter.Tests.Text;

/// <summary>Builds names from compact test strings: <c>Family, Given</c>; a list is separated by <c>;</c>; <c>=Literal</c> for literal names.</summary>
internal static class TestNames
{
    public static Name One(string text)
    {
        text = text.Trim();
        if (text.StartsWith('=')) return Name.FromLiteral(text[1..]);
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        return comma < 0 ? new Name { Family = text } : new Name { Family = text[..comma], Given = text[(comma + 2)..] };
    }

    public static Name[] List(string text)
    {
        var parts = text.Split(';', StringSplitOptions.RemoveEmptyEntries);
        var names = new Name[parts.Length];
        for (var i = 0; i < parts.Length; i++) names[i] = One(parts[i]);
        return names;
    }
}
