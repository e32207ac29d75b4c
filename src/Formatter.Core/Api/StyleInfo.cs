namespace Formatter.Core.Api;

/// <summary>What <c>formatter styles</c> lists about a style.</summary>
/// <param name="Id">The id to pass as <c>--style</c>.</param>
/// <param name="Title">Human title.</param>
/// <param name="Edition">Edition of the guide.</param>
/// <param name="Plugin">The plugin folder that provides it.</param>
/// <param name="Aliases">Other ids it answers to.</param>
public sealed record StyleInfo(string Id, string Title, string? Edition, string Plugin, IReadOnlyList<string> Aliases);
