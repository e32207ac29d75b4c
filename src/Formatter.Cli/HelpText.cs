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
          formatter styles [--options]                list the styles that loaded (id, title, edition, plugin; with
                                                      --options, each style's options and their defaults)
          formatter convert <file|dir>... --to csl-json [--output FILE]   write the records read as CSL-JSON
          formatter new-style <id> [--compiled]       scaffold a style: templates, a fixture and a README (--output DIR);
                                                      --compiled adds a plugin project referencing only Formatter.Abstractions
          formatter check-style <dir>...              check a style folder: manifest, templates, variables, functions,
                                                      includes; problems as file:line:column (exit 1 on errors)
          formatter test-style <dir>                  run the folder's fixtures/*.fixture; pass/fail with diffs (exit 1 on failures)
          formatter watch --style-dir <dir> <file|dir>...
                                                      format the records with the style in <dir> and again on every save
                                                      of a template, manifest or plugin assembly (Ctrl+C to stop)
          formatter --help | --version

        Options of `format`:
          -s, --style ID          style id or alias (default: apa); see `formatter styles`
          -f, --format F          text (default), html, markdown, json
          -o, --option NAME=VAL   style option, repeatable (e.g. --option order=latin-first)
              --output FILE       write to FILE instead of standard output
              --plugins DIR       also load plugins from DIR (repeatable; also FORMATTER_PLUGINS)
          -q, --quiet             no warnings on standard error (errors are still printed)

        A style folder given to check-style, test-style or watch takes precedence over an installed style with the
        same id; a compiled style keeps its plugin's functions. All three take --plugins DIR too (a compiled plugin
        built into out/: test-style styles/my-style --plugins out). See styles/WRITING-A-STYLE.md.

        Exit codes: 0 success, 1 some input or record failed (the rest is printed), 2 usage error.
        """;
}
