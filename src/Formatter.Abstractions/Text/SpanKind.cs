namespace Formatter.Text;

/// <summary>The formatting intent of a span. Writers decide how each intent looks in their format.</summary>
public enum SpanKind
{
    /// <summary>Italic type.</summary>
    Italic,

    /// <summary>Bold type.</summary>
    Bold,

    /// <summary>Small capitals.</summary>
    SmallCaps,

    /// <summary>Superscript.</summary>
    Superscript,

    /// <summary>Subscript.</summary>
    Subscript,

    /// <summary>Text protected from case changes; rendered as plain text.</summary>
    NoCase,

    /// <summary>A hyperlink; <see cref="Span.Argument"/> holds the target.</summary>
    Link,

    /// <summary>Quoted text; <see cref="Span.Argument"/> holds the open and close marks, separated by a tab.</summary>
    Quote,

    /// <summary>A semantic part of an entry (e.g. <c>author</c>) that list passes can find; rendered as its content.</summary>
    Part,
}
