namespace __NAME__;

/// <summary>Text functions of the __TITLE__ style.</summary>
public static class Words
{
    /// <summary>Every word starting with a capital letter: <c>a history of maps</c> → <c>A History Of Maps</c>.</summary>
    public static string InitialCaps(string? text) =>
        string.IsNullOrEmpty(text)
            ? ""
            : string.Join(' ', text.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
}
