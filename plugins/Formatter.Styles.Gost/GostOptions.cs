using System.Globalization;

namespace Formatter.Styles.Gost;

/// <summary>Reads the GOST options that the list passes share with the templates.</summary>
public static class GostOptions
{
    /// <summary>Option <c>heading-max-authors</c> (default 3): the most authors an entry may have and still take a heading.</summary>
    public static int HeadingMax(IReadOnlyDictionary<string, string> options) =>
        options.TryGetValue("heading-max-authors", out var value) && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) ? max : 3;

    /// <summary>Option <c>order</c>: <c>cyrillic-first</c> (default), <c>latin-first</c> or <c>citation</c>.</summary>
    public static string Order(IReadOnlyDictionary<string, string> options)
    {
        var order = options.TryGetValue("order", out var value) ? value : "cyrillic-first";
        return order is "cyrillic-first" or "latin-first" or "citation"
            ? order
            : throw new InvalidOperationException($"option order must be cyrillic-first, latin-first or citation, not '{order}'");
    }
}
