namespace Formatter.Core.Text.Names;

/// <summary>How given names are written.</summary>
internal enum GivenNameForm
{
    /// <summary>As stored (optionally tidied, see <see cref="NameListOptions.PunctuateBareInitials"/>).</summary>
    Full,

    /// <summary>Reduced to initials with <see cref="Initials.From"/>.</summary>
    Initials,
}
