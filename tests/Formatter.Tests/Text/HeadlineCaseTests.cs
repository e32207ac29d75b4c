using Formatter.Core.Text;
using Formatter.Core.Text.Casing;

namespace Formatter.Tests.Text;

public class HeadlineCaseTests
{
    [Theory]
    // The guides' worked examples: the stored sentence-case (APA) title becomes the Chicago title.
    [InlineData("The evolution of the NATO-Russia relations", "The Evolution of the NATO-Russia Relations")] // seed
    [InlineData("Sleep quality and working memory in adolescents: A longitudinal study", "Sleep Quality and Working Memory in Adolescents: A Longitudinal Study")] // J1
    [InlineData("Urban heat islands and municipal tree policy", "Urban Heat Islands and Municipal Tree Policy")] // J2
    [InlineData("Measuring trust in public health messaging", "Measuring Trust in Public Health Messaging")] // J3
    [InlineData("Ferry networks in the Baltic, 1990–2020", "Ferry Networks in the Baltic, 1990–2020")] // J4
    [InlineData("Marbury v. Madison", "Marbury v. Madison")] // case names keep v. in lower case
    [InlineData("The quiet economy: Care work in the twenty-first century", "The Quiet Economy: Care Work in the Twenty-First Century")] // B1
    [InlineData("Designing data pipelines", "Designing Data Pipelines")] // B2
    [InlineData("Field methods in coastal ecology", "Field Methods in Coastal Ecology")] // B3
    [InlineData("Rivers and empires: Water in world history", "Rivers and Empires: Water in World History")] // B4
    [InlineData("Statistics for the social sciences", "Statistics for the Social Sciences")] // B5
    [InlineData("The silent archive", "The Silent Archive")] // B6
    [InlineData("Dams and diplomacy on the Mekong", "Dams and Diplomacy on the Mekong")] // C1
    [InlineData("Remote learning after 2020", "Remote Learning after 2020")] // C2
    [InlineData("Migration and memory in border towns", "Migration and Memory in Border Towns")] // T1
    [InlineData("Low-cost sensors for river monitoring", "Low-Cost Sensors for River Monitoring")] // T2
    [InlineData("Fast approximate joins for streaming data", "Fast Approximate Joins for Streaming Data")] // P1
    [InlineData("Why ferry fares are rising", "Why Ferry Fares Are Rising")] // N2
    [InlineData("A guide to the coastal path", "A Guide to the Coastal Path")] // ND1
    [InlineData("How glaciers store water", "How Glaciers Store Water")] // W1
    [InlineData("City council approves bike lanes", "City Council Approves Bike Lanes")] // N1
    public void Sentence_titles_of_the_worked_examples_become_headline_case(string sentence, string expected) =>
        Assert.Equal(expected, HeadlineCase.Apply(sentence));

    [Theory]
    [InlineData("The Evolution of the NATO-Russia Relations")]
    [InlineData("Sleep Quality and Working Memory in Adolescents: A Longitudinal Study")]
    [InlineData("The Quiet Economy: Care Work in the Twenty-First Century")]
    [InlineData("Remote Learning after 2020")]
    [InlineData("Proceedings of the 12th International Conference on Data Systems")]
    public void Headline_titles_stay_unchanged(string title) =>
        Assert.Equal(title, HeadlineCase.Apply(title));

    [Theory]
    [InlineData("Remote Learning After 2020", "Remote Learning after 2020")] // capitalised preposition lowered
    [InlineData("The Quiet Economy Of The World", "The Quiet Economy of the World")]
    [InlineData("what are they looking for", "What Are They Looking For")] // last word
    [InlineData("looking for: a study of to and as", "Looking For: A Study of to and As")] // last before colon, first after
    [InlineData("war and peace", "War and Peace")]
    [InlineData("learning to read as adults", "Learning to Read as Adults")]
    [InlineData("is it over? a review", "Is It Over? A Review")]
    public void Minor_words_first_and_last_words(string title, string expected) =>
        Assert.Equal(expected, HeadlineCase.Apply(title));

    [Theory]
    [InlineData("123D Design: Cut Text Through a Plane", "123D Design: Cut Text through a Plane")] // headline input: lowered
    [InlineData("Will Putin ever stand trial in The Hague?", "Will Putin Ever Stand Trial in The Hague?")] // a name's capital kept
    [InlineData("laying down quality standards for bananas", "Laying down Quality Standards for Bananas")]
    [InlineData("it’s a jungle out there", "It’s a Jungle out There")]
    [InlineData("what to look up", "What to Look Up")]
    [InlineData("Kenty v. Transamerica Premium Ins. Co.", "Kenty v. Transamerica Premium Ins. Co.")]
    [InlineData("Tea Party Summer Camp | Andrew Sullivan - The Dish", "Tea Party Summer Camp | Andrew Sullivan - The Dish")]
    [InlineData("It’s a Jungle Out There - the Strange Animals", "It’s a Jungle out There - the Strange Animals")]
    [InlineData("Sommation des s'eries divergentes", "Sommation Des s'eries Divergentes")]
    [InlineData("ideología y política en el siglo", "Ideología y Política En El Siglo")]
    [InlineData("the opposition led by Muhammed bin 'Abd al-Karim al-Khattabi", "The Opposition Led by Muhammed Bin 'Abd al-Karim al-Khattabi")]
    [InlineData("comprendre une organisation par l’analyse de ses documents", "Comprendre Une Organisation Par l’analyse de Ses Documents")]
    public void Prepositions_names_and_minor_words_after_a_spaced_dash(string title, string expected) =>
        Assert.Equal(expected, HeadlineCase.Apply(title));

    [Theory]
    [InlineData("bottom-up planning", "Bottom-Up Planning")]
    [InlineData("a low-cost approach", "A Low-Cost Approach")]
    [InlineData("out-of-pocket costs", "Out-of-Pocket Costs")]
    [InlineData("state-of-the-art methods", "State-of-the-Art Methods")]
    [InlineData("the NATO-Russia relations", "The NATO-Russia Relations")]
    [InlineData("anti-inflammatory drugs", "Anti-Inflammatory Drugs")] // guide §11: the last part is capitalised
    [InlineData("non-healthcare workers", "Non-Healthcare Workers")]
    [InlineData("post-Soviet cities", "Post-Soviet Cities")]
    [InlineData("self-sufficient farms", "Self-Sufficient Farms")]
    public void Hyphenated_compounds(string title, string expected) =>
        Assert.Equal(expected, HeadlineCase.Apply(title));

    [Theory]
    [InlineData("using the iPhone in McDonald restaurants", "Using the iPhone in McDonald Restaurants")]
    [InlineData("women’s work in the U.S. economy", "Women’s Work in the U.S. Economy")]
    [InlineData("women's work", "Women's Work")]
    [InlineData("3D printing in the 1990s", "3D Printing in the 1990s")]
    [InlineData("see https://example.org/data for details", "See https://example.org/data for Details")]
    [InlineData("write to info@example.org today", "Write to info@example.org Today")]
    [InlineData("“the silent archive” revisited", "“The Silent Archive” Revisited")]
    [InlineData("(re)reading the classics", "(Re)reading the Classics")]
    [InlineData("growth of \uE000i\uE001Escherichia coli\uE002 in cultures", "Growth of \uE000i\uE001Escherichia coli\uE002 in Cultures")]
    [InlineData("bound to \uE000i\uE001S\uE002-adenosylmethionine", "Bound to \uE000i\uE001S\uE002-Adenosylmethionine")]
    public void Tokens_that_must_not_be_broken(string title, string expected) =>
        Assert.Equal(expected, HeadlineCase.Apply(title));

    [Theory]
    [InlineData("The Transactions of the Society. From January 1863 to December 1864.", "The Transactions of the Society. From January 1863 to December 1864.")]
    [InlineData("The Transactions of the Society. from January 1863", "The Transactions of the Society. from January 1863")]
    public void A_capitalised_minor_word_after_a_sentence_period_keeps_its_capital(string title, string expected) =>
        Assert.Equal(expected, HeadlineCase.Apply(title));

    [Theory]
    [InlineData("an oestrogen-receptor-&agr;-bound human chromatin interactome", "An Oestrogen-Receptor-&agr;-Bound Human Chromatin Interactome")]
    [InlineData("Stèle figurant la déesse Ishtar – <br /> – Antiquités", "Stèle Figurant La Déesse Ishtar – <br /> – Antiquités")]
    public void Entity_and_tag_names_stored_as_text_keep_their_case(string title, string expected) =>
        Assert.Equal(expected, HeadlineCase.Apply(title));

    [Fact]
    public void Nocase_span_content_is_never_changed()
    {
        var title = "the rise of " + Markup.Wrap("nocase", "de novo") + " genes";
        Assert.Equal("The Rise of " + Markup.Wrap("nocase", "de novo") + " Genes", HeadlineCase.Apply(title));
    }

    [Fact]
    public void Italic_span_content_is_cased_and_markers_kept()
    {
        var title = "reading " + Markup.Wrap("i", "war and peace") + " in schools";
        Assert.Equal("Reading " + Markup.Wrap("i", "War and Peace") + " in Schools", HeadlineCase.Apply(title));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Вестник Московского университета")]
    [InlineData("Международные отношения и мировая политика")]
    public void Non_latin_and_empty_strings_are_untouched(string title) =>
        Assert.Equal(title, HeadlineCase.Apply(title));
}
