namespace Formatter.Cli;

/// <summary>The text of <c>formatter --help</c>.</summary>
public static class HelpText
{
    /// <summary>The usage summary.</summary>
    public const string Usage = """
        formatter — reference lists from catalogue pages, CSL-JSON, BibTeX and RIS files

        Usage:
          formatter                                   format everything in ./seeds (or the built-in seed) with the default style
          formatter format <file|dir>... [options]    format records as one reference list
          formatter styles                            list the styles that loaded (id, title, edition, plugin)
          formatter convert <file|dir>... --to csl-json [--output FILE]   write the records read as CSL-JSON
          formatter --help | --version

        Options of `format`:
          -s, --style ID          style id or alias (default: apa); see `formatter styles`
          -f, --format F          text (default), html, markdown, json
          -o, --option NAME=VAL   style option, repeatable (e.g. --option order=latin-first)
              --output FILE       write to FILE instead of standard output
              --plugins DIR       also load plugins from DIR (repeatable; also FORMATTER_PLUGINS)
          -q, --quiet             no warnings on standard error (errors are still printed)

        Exit codes: 0 success, 1 some input or record failed (the rest is printed), 2 usage error.
        """;
}
