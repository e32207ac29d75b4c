namespace Formatter.Core.Templating.Evaluation;

/// <summary>What a value of the session's stores is, told once per session for the globals no template writes.</summary>
internal enum StoredValueKind : byte
{
    /// <summary>Not a function: read as it is.</summary>
    Value,

    /// <summary>A kit function.</summary>
    Kit,

    /// <summary>Another function (Scriban's built-ins, a plugin's own).</summary>
    Function,
}
