using Formatter.Plugins;

namespace Formatter.Styles.Chicago;

/// <summary>Chicago 17: the list order, the 3-em dash for repeated authors, and the few rewrites templates cannot do.</summary>
public sealed class ChicagoPlugin : IStylePlugin
{
    /// <inheritdoc />
    public void Register(IStyleRegistrar registrar)
    {
        registrar.AddListPass("chicago-sort", new ChicagoSortPass());
        registrar.AddListPass("subsequent-author-substitute", new SubsequentAuthorSubstitutePass());
        registrar.AddFunction("drop_article", ChicagoNames.DropArticle);
        registrar.AddFunction("thesis_genre", ChicagoNames.ThesisGenre);
        registrar.AddFunction("legal_number", ChicagoNumbers.Labelled);
        registrar.AddFunction("csl_numeric", ChicagoNumbers.IsNumeric);
        registrar.AddFunction("narrow_before_marks", ChicagoSpacing.NarrowBeforeMarks);
    }
}
