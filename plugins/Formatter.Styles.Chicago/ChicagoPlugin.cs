using Formatter.Plugins;

namespace Formatter.Styles.Chicago;

/// <summary>Chicago 17: page-range abbreviation lives in the shared kit; the plugin adds the 3-em dash pass.</summary>
public sealed class ChicagoPlugin : IStylePlugin
{
    /// <inheritdoc />
    public void Register(IStyleRegistrar registrar)
    {
        registrar.AddListPass("subsequent-author-substitute", new SubsequentAuthorSubstitutePass());
        registrar.AddFunction("drop_article", ChicagoNames.DropArticle);
        registrar.AddFunction("thesis_genre", ChicagoNames.ThesisGenre);
        registrar.AddFunction("legal_number", ChicagoNumbers.Labelled);
        registrar.AddFunction("csl_numeric", ChicagoNumbers.IsNumeric);
    }
}
