namespace Formatter.Core.Readers.BibTex;

/// <summary>LaTeX commands that stand for one character or a short text, in text and in math mode.</summary>
internal static class LatexSymbols
{
    /// <summary>Accent commands and the Unicode combining mark each puts on its argument.</summary>
    public static readonly IReadOnlyDictionary<string, char> Accents = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["'"] = '\u0301', ["`"] = '\u0300', ["^"] = '\u0302', ["\""] = '\u0308', ["~"] = '\u0303', ["="] = '\u0304',
        ["."] = '\u0307', ["u"] = '\u0306', ["v"] = '\u030C', ["H"] = '\u030B', ["c"] = '\u0327', ["k"] = '\u0328',
        ["r"] = '\u030A', ["b"] = '\u0331', ["d"] = '\u0323', ["t"] = '\u0361', ["G"] = '\u030F', ["h"] = '\u0309',
    };

    /// <summary>What an accent command with an empty argument prints: the spacing form of the accent.</summary>
    public static readonly IReadOnlyDictionary<string, string> BareAccents = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["'"] = "´", ["`"] = "`", ["^"] = "^", ["\""] = "¨", ["~"] = "~", ["="] = "¯", ["."] = "˙", ["u"] = "˘",
        ["v"] = "ˇ", ["H"] = "˝", ["c"] = "¸", ["k"] = "˛", ["r"] = "˚",
    };

    /// <summary>Control symbols (backslash and one non-letter) that print a character.</summary>
    public static readonly IReadOnlyDictionary<char, string> ControlSymbols = new Dictionary<char, string>
    {
        ['&'] = "&", ['%'] = "%", ['#'] = "#", ['$'] = "$", ['_'] = "_", ['{'] = "{", ['}'] = "}", [' '] = " ",
        [','] = "\u2009", [';'] = " ", [':'] = " ", ['!'] = "", ['-'] = "", ['/'] = "", ['@'] = "", ['\\'] = " ",
        ['\n'] = " ", ['\r'] = " ", ['\t'] = " ", ['|'] = "‖",
    };

    /// <summary>Control words that print a letter or symbol, in text or math mode.</summary>
    public static readonly IReadOnlyDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // letters
        ["ss"] = "ß", ["SS"] = "SS", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["aa"] = "å", ["AA"] = "Å",
        ["o"] = "ø", ["O"] = "Ø", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð",
        ["th"] = "þ", ["TH"] = "Þ", ["dj"] = "đ", ["DJ"] = "Đ", ["ng"] = "ŋ", ["NG"] = "Ŋ", ["ij"] = "ĳ", ["IJ"] = "Ĳ",
        // text symbols
        ["textbackslash"] = "\\", ["textquotesingle"] = "'", ["textquotedbl"] = "\"", ["textasciitilde"] = "~",
        ["textasciicircum"] = "^", ["textunderscore"] = "_", ["textbar"] = "|", ["textless"] = "<", ["textgreater"] = ">",
        ["textendash"] = "–", ["textemdash"] = "—", ["textellipsis"] = "…", ["ldots"] = "…", ["dots"] = "…",
        ["textquoteleft"] = "‘", ["textquoteright"] = "’", ["textquotedblleft"] = "“", ["textquotedblright"] = "”",
        ["quotedblbase"] = "„", ["quotesinglbase"] = "‚", ["guillemotleft"] = "«", ["guillemotright"] = "»",
        ["guilsinglleft"] = "‹", ["guilsinglright"] = "›", ["textregistered"] = "®", ["texttrademark"] = "™",
        ["copyright"] = "©", ["textcopyright"] = "©", ["S"] = "§", ["P"] = "¶", ["textsection"] = "§",
        ["textparagraph"] = "¶", ["dag"] = "†", ["ddag"] = "‡", ["textdagger"] = "†", ["textdaggerdbl"] = "‡",
        ["pounds"] = "£", ["textsterling"] = "£", ["euro"] = "€", ["texteuro"] = "€", ["textyen"] = "¥",
        ["textcent"] = "¢", ["textdegree"] = "°", ["textperthousand"] = "‰", ["textbullet"] = "•",
        ["textperiodcentered"] = "·", ["textexclamdown"] = "¡", ["textquestiondown"] = "¿", ["textordfeminine"] = "ª",
        ["textordmasculine"] = "º", ["textonehalf"] = "½", ["textonequarter"] = "¼", ["textthreequarters"] = "¾",
        ["textmu"] = "µ", ["texttimes"] = "×", ["textdiv"] = "÷", ["textminus"] = "−", ["textpm"] = "±",
        ["textnumero"] = "№", ["textcelsius"] = "℃", ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["BibTeX"] = "BibTeX",
        ["LaTeXe"] = "LaTeX2ε", ["slash"] = "/", ["textslash"] = "/", ["textvisiblespace"] = "␣", ["nobreakspace"] = "\u00A0",
        ["quad"] = " ", ["qquad"] = " ", ["enspace"] = " ", ["thinspace"] = "\u2009", ["space"] = " ",
        ["newline"] = " ", ["par"] = " ", ["linebreak"] = " ", ["break"] = " ", ["hfill"] = " ", ["textsuperscript"] = "",
        // Greek
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ",
        ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ",
        ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ",
        ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ", ["Upsilon"] = "Υ",
        ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        // math symbols
        ["backslash"] = "\\", ["times"] = "×", ["div"] = "÷", ["pm"] = "±", ["mp"] = "∓", ["cdot"] = "·", ["ast"] = "∗",
        ["star"] = "⋆", ["circ"] = "∘", ["bullet"] = "•", ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥", ["ge"] = "≥",
        ["neq"] = "≠", ["ne"] = "≠", ["approx"] = "≈", ["sim"] = "∼", ["simeq"] = "≃", ["equiv"] = "≡", ["propto"] = "∝",
        ["ll"] = "≪", ["gg"] = "≫", ["infty"] = "∞", ["partial"] = "∂", ["nabla"] = "∇", ["sum"] = "∑", ["prod"] = "∏",
        ["int"] = "∫", ["sqrt"] = "√", ["in"] = "∈", ["notin"] = "∉", ["subset"] = "⊂", ["subseteq"] = "⊆",
        ["supset"] = "⊃", ["cup"] = "∪", ["cap"] = "∩", ["emptyset"] = "∅", ["forall"] = "∀", ["exists"] = "∃",
        ["neg"] = "¬", ["wedge"] = "∧", ["vee"] = "∨", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←",
        ["leftrightarrow"] = "↔", ["Rightarrow"] = "⇒", ["Leftarrow"] = "⇐", ["Leftrightarrow"] = "⇔",
        ["uparrow"] = "↑", ["downarrow"] = "↓", ["mapsto"] = "↦", ["ell"] = "ℓ", ["hbar"] = "ℏ", ["Re"] = "ℜ",
        ["Im"] = "ℑ", ["aleph"] = "ℵ", ["prime"] = "′", ["langle"] = "⟨", ["rangle"] = "⟩", ["lbrace"] = "{",
        ["rbrace"] = "}", ["vert"] = "|", ["mid"] = "∣", ["parallel"] = "∥", ["perp"] = "⊥", ["angle"] = "∠",
        ["deg"] = "°", ["cdots"] = "⋯", ["vdots"] = "⋮", ["log"] = "log", ["ln"] = "ln", ["exp"] = "exp",
        ["sin"] = "sin", ["cos"] = "cos", ["tan"] = "tan", ["max"] = "max", ["min"] = "min", ["lim"] = "lim",
    };
}
