namespace Formatter.Core.Api;

/// <summary>What <c>formatter styles</c> lists about a style.</summary>
/// <param name="Id">The id to pass as <c>--style</c>.</param>
/// <param name="Title">Human title.</param>
/// <param name="Edition">Edition of the guide.</param>
/// <param name="Plugin">The plugin folder that provides it.</param>
/// <param name="Aliases">Other ids it answers to.</param>
public sealed record StyleInfo(string Id, string Title, string? Edition, string Plugin, IReadOnlyList<string> Aliases)
{
    /// <summary>
    /// The options a user may give the style (<c>--option NAME=VALUE</c>, or <c>Format</c>'s options) with their default
    /// values: those its manifest declares and those of the built-in parts it uses. Others are reported and ignored.
    /// </summary>
    /// <remarks>Made when asked for (a one-record run does not pay for every style's list), anew each time.</remarks>
    public IReadOnlyDictionary<string, string?> Options => Definition is null
        ? new Dictionary<string, string?>()
        : Styles.StyleOptionCheck.Readable(Definition);

    /// <summary>The style as its manifest defines it.</summary>
    internal Styles.StyleDefinition? Definition { get; init; }
}
