using System.Globalization;
using Formatter.Plugins;

namespace Formatter.Core.Lists;

/// <summary>
/// Numbers the entries in list order (<c>1.</c>, <c>2.</c> …) when the option <c>numbered</c> is <c>true</c>;
/// templates also see <c>list.citation_number</c>. Option <c>label-format</c>: <c>N.</c> (default) or <c>[N]</c>.
/// </summary>
internal sealed class NumberPass : IListPass
{
    public ListPassStage Stage => ListPassStage.BeforeRender;

    public void Apply(ListPassContext context)
    {
        if (context.Options.GetValueOrDefault("numbered") != "true") return;
        var format = context.Options.GetValueOrDefault("label-format") ?? "N.";
        for (var i = 0; i < context.Entries.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            context.Entries[i].Values["citation_number"] = number;
            context.Entries[i].Label = format.Replace("N", number, StringComparison.Ordinal);
        }
    }
}
