using Formatter.Core.Text;
using Formatter.Core.Text.Casing;

namespace Formatter.Tests.Text;

public class SentenceCaseTests
{
    [Theory]
    // The guides' worked examples: the headline-case (Chicago) title becomes the APA title.
    [InlineData("The Evolution of the NATO-Russia Relations", "The evolution of the NATO-Russia relations")] // seed
    [InlineData("Sleep Quality and Working Memory in Adolescents: A Longitudinal Study", "Sleep quality and working memory in adolescents: A longitudinal study")] // J1
    [InlineData("Urban Heat Islands and Municipal Tree Policy", "Urban heat islands and municipal tree policy")] // J2
    [InlineData("Measuring Trust in Public Health Messaging", "Measuring trust in public health messaging")] // J3
    [InlineData("Ferry Networks in the Baltic, 1990–2020", "Ferry networks in the Baltic, 1990–2020")] // J4
    [InlineData("6. Extensions and Generalizations", "6. Extensions and generalizations")] // a numbered part: its title starts after the number
    [InlineData("Chapter 3. Results and Discussion", "Chapter 3. Results and discussion")]
    [InlineData("Part II. Methods of Analysis", "Part II. Methods of analysis")]
    [InlineData("1.2. Results and Discussion", "1.2. Results and discussion")]
    [InlineData("Learning from J. R. R. Tolkien and His Readers", "Learning from J. R. R. Tolkien and his readers")] // a name after initials
    [InlineData("Steven E. Runge: Discourse Grammar and Its Uses", "Steven E. Runge: Discourse grammar and its uses")]
    [InlineData("Version 2.1 of the Model", "Version 2.1 of the model")]
    [InlineData("The Quiet Economy: Care Work in the Twenty-First Century", "The quiet economy: Care work in the twenty-first century")] // B1
    [InlineData("Designing Data Pipelines", "Designing data pipelines")] // B2
    [InlineData("Field Methods in Coastal Ecology", "Field methods in coastal ecology")] // B3
    [InlineData("Rivers and Empires: Water in World History", "Rivers and empires: Water in world history")] // B4
    [InlineData("Statistics for the Social Sciences", "Statistics for the social sciences")] // B5
    [InlineData("The Silent Archive", "The silent archive")] // B6
    [InlineData("Dams and Diplomacy on the Mekong", "Dams and diplomacy on the Mekong")] // C1
    [InlineData("Remote Learning after 2020", "Remote learning after 2020")] // C2
    [InlineData("Migration and Memory in Border Towns", "Migration and memory in border towns")] // T1
    [InlineData("Low-Cost Sensors for River Monitoring", "Low-cost sensors for river monitoring")] // T2
    [InlineData("Fast Approximate Joins for Streaming Data", "Fast approximate joins for streaming data")] // P1
    [InlineData("Why Ferry Fares Are Rising", "Why ferry fares are rising")] // N2
    [InlineData("A Guide to the Coastal Path", "A guide to the coastal path")] // ND1
    public void Headline_titles_of_the_worked_examples_become_sentence_case(string headline, string expected) =>
        Assert.Equal(expected, SentenceCase.Apply(headline));

    [Theory]
    [InlineData("The evolution of the NATO-Russia relations")]
    [InlineData("Sleep quality and working memory in adolescents: A longitudinal study")]
    [InlineData("Ferry networks in the Baltic, 1990–2020")]
    [InlineData("The quiet economy: Care work in the twenty-first century")]
    [InlineData("Dams and diplomacy on the Mekong")]
    [InlineData("Low-cost sensors for river monitoring")]
    [InlineData("Remote learning after 2020")]
    public void Sentence_case_titles_stay_unchanged(string title) =>
        Assert.Equal(title, SentenceCase.Apply(title));

    [Theory]
    [InlineData("Village life in Tver and the Volga basin", "Village life in Tver and the Volga basin")] // sentence-like: unknown proper noun kept
    [InlineData("Elections in Kostroma province, 1990–2000", "Elections in Kostroma province, 1990–2000")]
    public void Sentence_like_titles_keep_words_the_list_does_not_know(string title, string expected) =>
        Assert.Equal(expected, SentenceCase.Apply(title));

    [Theory]
    [InlineData("Pooling data: pooled estimates", "Pooling data: Pooled estimates")] // §12: `: pooled` → `: Pooled`
    [InlineData("Is it over? a review", "Is it over? A review")]
    [InlineData("Climate policy—an overview", "Climate policy—An overview")]
    [InlineData("Climate policy — an overview", "Climate policy — An overview")]
    [InlineData("data pipelines", "Data pipelines")]
    [InlineData("“quoted” start", "“Quoted” start")]
    public void First_word_and_first_word_after_colon_dash_or_question_mark_are_capitalised(string title, string expected) =>
        Assert.Equal(expected, SentenceCase.Apply(title));

    [Theory]
    [InlineData("Using the iPhone in McDonald Restaurants", "Using the iPhone in McDonald restaurants")]
    [InlineData("The DNA-Binding Domain of HIV Proteins", "The DNA-binding domain of HIV proteins")]
    [InlineData("Europe after World War II", "Europe after World War II")]
    [InlineData("The Age of the Tsars: Russia in the XIX Century", "The age of the tsars: Russia in the XIX century")]
    [InlineData("What I Learned in Moscow", "What I learned in Moscow")]
    [InlineData("Why I’m Leaving New York", "Why I’m leaving New York")]
    [InlineData("Russia’s Neighbours and the European Union", "Russia’s neighbours and the European Union")]
    [InlineData("Americans and Russians in the Cold War", "Americans and Russians in the Cold War")]
    [InlineData("Teaching English to Adults in Ukraine", "Teaching English to adults in Ukraine")]
    [InlineData("The Women’s Movement in Latin America", "The women’s movement in Latin America")]
    [InlineData("Post-Soviet Cities after Independence", "Post-Soviet cities after independence")]
    [InlineData("Testing the U.S. Approach to Sanctions", "Testing the U.S. approach to sanctions")]
    [InlineData("Vitamin D and Type B Errors in Children", "Vitamin D and type B errors in children")]
    [InlineData("3D Printing in Rural Schools", "3D printing in rural schools")]
    [InlineData("COVID-19 Pandemic and the Economy", "COVID-19 pandemic and the economy")]
    [InlineData("The Making of Anglo-Saxon England", "The making of Anglo-Saxon England")]
    [InlineData("Growth in Sub-Saharan Africa", "Growth in sub-Saharan Africa")]
    [InlineData("Trade Policy: 'Pooled' Estimates from the United States", "Trade policy: 'Pooled' estimates from the United States")]
    [InlineData("Suburbs of New York’s Growing Metropolitan Area", "Suburbs of New York’s growing metropolitan area")]
    [InlineData("Life in St. Petersburg under the Tsars", "Life in St. Petersburg under the tsars")]
    [InlineData("New Evidence from Hong Kong Schools", "New evidence from Hong Kong schools")]
    [InlineData("The South Wind and the Kong Language", "The south wind and the kong language")]
    [InlineData("THE EVOLUTION OF NATO", "THE EVOLUTION OF NATO")] // all caps: nothing can be known, kept
    [InlineData("Data Sharing at https://Example.org/Data Today", "Data sharing at https://Example.org/Data today")]
    public void Headline_titles_keep_acronyms_mixed_case_numerals_and_listed_proper_nouns(string title, string expected) =>
        Assert.Equal(expected, SentenceCase.Apply(title));

    [Fact]
    public void Nocase_span_content_is_never_changed()
    {
        var title = "The Rise of " + Markup.Wrap("nocase", "Kazan Federal University") + " Graduates";
        var expected = "The rise of " + Markup.Wrap("nocase", "Kazan Federal University") + " graduates";
        Assert.Equal(expected, SentenceCase.Apply(title));
    }

    [Fact]
    public void Italic_span_is_re_cased_but_markers_and_tags_are_kept()
    {
        var title = "Reading " + Markup.Wrap("i", "War and Peace") + " in Schools Today";
        var expected = "Reading " + Markup.Wrap("i", "war and peace") + " in schools today";
        Assert.Equal(expected, SentenceCase.Apply(title));
    }

    [Fact]
    public void Link_tag_text_is_never_changed()
    {
        var title = "See " + Markup.Wrap("link https://Example.org/A", "The Big Page") + " for More Detail";
        var expected = "See " + Markup.Wrap("link https://Example.org/A", "the big page") + " for more detail";
        Assert.Equal(expected, SentenceCase.Apply(title));
    }

    [Fact]
    public void A_word_split_by_markers_is_one_word()
    {
        var title = Markup.Wrap("i", "Sleep") + " Quality and Working Memory";
        Assert.Equal(Markup.Wrap("i", "Sleep") + " quality and working memory", SentenceCase.Apply(title));
    }

    [Theory]
    [InlineData("The Evolution of the NATO-Russia Relations", true)]
    [InlineData("The evolution of the NATO-Russia relations", false)]
    [InlineData("Ferry networks in the Baltic, 1990–2020", false)]
    [InlineData("Why?", false)]
    public void Headline_detection(string title, bool expected) =>
        Assert.Equal(expected, SentenceCase.LooksLikeHeadlineCase(title));

    [Theory]
    [InlineData("")]
    [InlineData("NATO")]
    [InlineData("Вестник Московского Университета")] // non-Latin words are never re-cased
    public void Edge_cases_are_safe(string title) => Assert.Equal(title, SentenceCase.Apply(title));

    [Fact]
    public void Cyrillic_words_inside_an_english_title_keep_their_case() =>
        Assert.Equal("The journal «Вестник Московского Университета» today",
            SentenceCase.Apply("The Journal «Вестник Московского Университета» Today"));
}
