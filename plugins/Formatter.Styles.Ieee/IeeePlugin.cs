using Formatter.Plugins;

namespace Formatter.Styles.Ieee;

/// <summary>IEEE reference style: the date forms of the IEEE Reference Guide; numbering is the host's <c>number</c> pass.</summary>
public sealed class IeeePlugin : IStylePlugin
{
    /// <inheritdoc />
    public void Register(IStyleRegistrar registrar)
    {
        registrar.AddFunction("ieee_month", IeeeDates.Month);
        registrar.AddFunction("ieee_date", IeeeDates.Date);
    }
}
