namespace Formatter.Records;

/// <summary>A personal or corporate name, shaped like a CSL-JSON name object.</summary>
public sealed record Name
{
    /// <summary>Family name without particles, e.g. <c>Gogh</c>.</summary>
    public string? Family { get; init; }

    /// <summary>Given names or initials as stored, e.g. <c>V. I.</c>.</summary>
    public string? Given { get; init; }

    /// <summary>Particle that is dropped when the name is inverted, e.g. "van" in "Ludwig van Beethoven".</summary>
    public string? DroppingParticle { get; init; }

    /// <summary>Particle kept with the family name when inverted, e.g. "van" in "van Gogh".</summary>
    public string? NonDroppingParticle { get; init; }

    /// <summary>Suffix such as <c>Jr.</c> or <c>III</c>.</summary>
    public string? Suffix { get; init; }

    /// <summary>A name that is not split into parts: organisations, unsplit or single-word names.</summary>
    public string? Literal { get; init; }

    /// <summary>True when the suffix is separated by a comma in inverted form.</summary>
    public bool CommaSuffix { get; init; }

    /// <summary>True when the name is a literal (organisation or unsplit name).</summary>
    public bool IsLiteral => Literal is not null || (Family is null && Given is null);

    /// <summary>Creates a literal name.</summary>
    public static Name FromLiteral(string literal) => new() { Literal = literal };
}
