using Formatter.Plugins;

namespace Formatter.Styles.Apa;

/// <summary>APA 7: the templates do the work; the plugin adds the rules templates should not carry.</summary>
public sealed class ApaPlugin : IStylePlugin
{
    /// <inheritdoc />
    public void Register(IStyleRegistrar registrar)
    {
        registrar.AddFunction("apa_publisher", PublisherName.WithoutBusinessDesignation);
        registrar.AddFunction("apa_numeric", NumberValue.IsNumeric);
        registrar.AddFunction("apa_plural", NumberValue.IsPlural);
        registrar.AddFunction("apa_number_list", NumberValue.IsList);
        registrar.AddFunction("apa_has_label", NumberValue.HasLabel);
        registrar.AddFunction("apa_first_page", NumberValue.FirstPage);
        registrar.AddFunction("apa_same_name", NameMatch.Same);
        registrar.AddFunction("apa_database_url", DatabaseUrl.IsDatabase);
        registrar.AddListPass("apa-recoverable-only", new RecoverableOnlyPass());
    }
}
