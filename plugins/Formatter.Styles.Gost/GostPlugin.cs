using Formatter.Plugins;

namespace Formatter.Styles.Gost;

/// <summary>
/// GOST R 7.0.100-2018 lists and R 7.0.5-2008 references: record facts for the templates (heading, estimated year),
/// the Cyrillic-first order, title punctuation, the language of a host's numbering and 7.0.5-2008 abbreviations.
/// </summary>
public sealed class GostPlugin : IStylePlugin
{
    /// <inheritdoc />
    public void Register(IStyleRegistrar registrar)
    {
        registrar.AddListPass("gost-facts", new GostFactsPass());
        registrar.AddListPass("gost-order", new GostOrderPass());
        registrar.AddFunction("gost_title", GostTitle.Format);
        registrar.AddFunction("gost_host_language", GostLanguage.ForHost);
        registrar.AddFunction("gost_abbreviate_place", GostAbbreviations.Place);
        registrar.AddFunction("gost_abbreviate_title", GostAbbreviations.OtherTitleInformation);
    }
}
