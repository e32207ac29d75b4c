namespace Formatter.Core.Readers.BibTex;

/// <summary>Unicode superscript and subscript forms of digits and signs, for math <c>^{…}</c> and <c>_{…}</c>.</summary>
internal static class LatexScripts
{
    private const string Plain = "0123456789+-=()";
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";

    /// <summary>The text in Unicode sub- or superscript characters, or null when one of its characters has no such form.</summary>
    public static string? ToUnicode(string text, bool superscript)
    {
        if (text.Length == 0) return null;
        var forms = superscript ? Superscripts : Subscripts;
        var result = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var index = Plain.IndexOf(text[i]);
            if (index < 0) return null;
            result[i] = forms[index];
        }
        return new string(result);
    }
}
