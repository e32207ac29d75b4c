using Formatter.Core.Readers.BibTex;
using Formatter.Core.Readers.CslJson;
using Formatter.Core.Readers.Ris;
using Formatter.Core.Readers.Seed;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Readers;

/// <summary>
/// Holds the record readers and picks one for an input: by the format asked for, by file extension, or by sniffing
/// the content when the extension says nothing. Reading never throws; problems come back as diagnostics.
/// </summary>
public sealed class ReaderRegistry
{
    /// <summary>Files larger than this are refused (bytes).</summary>
    public const long MaxFileSize = 256L * 1024 * 1024;

    private const int MinimumSniffScore = 30;

    private readonly List<IRecordReader> _readers = [];
    private readonly Dictionary<string, IRecordReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);
    private bool _frozen;

    /// <summary>
    /// A registry with the built-in readers: CSL-JSON (<c>.json</c>), seed documents (<c>.txt</c>), BibTeX/BibLaTeX
    /// (<c>.bib</c>, <c>.bibtex</c>) and RIS (<c>.ris</c>).
    /// </summary>
    public static ReaderRegistry CreateDefault()
    {
        var registry = new ReaderRegistry();
        registry.Register(new CslJsonReader(), ".json", ".csljson", ".csl.json");
        registry.Register(new SeedReader(), ".txt", ".seed");
        registry.Register(new BibTexReader(), ".bib", ".bibtex");
        registry.Register(new RisReader(), ".ris");
        return registry;
    }

    /// <summary>
    /// Whether <see cref="Register"/> is refused: the registry of a built <see cref="Api.CitationFormatter"/> is fixed,
    /// since threads read with it at once (add readers with <see cref="Api.FormatterBuilder.AddReader"/>).
    /// </summary>
    public bool IsReadOnly => _frozen;

    /// <summary>The registered readers, in registration order.</summary>
    public IReadOnlyList<IRecordReader> Readers => _readers;

    /// <summary>
    /// Adds a reader and the file extensions (with dot) it owns; a later registration of an extension wins. A reader with
    /// the format name of one registered before replaces it, with the extensions that one owned.
    /// </summary>
    /// <exception cref="InvalidOperationException">The registry is <see cref="IsReadOnly"/>.</exception>
    public void Register(IRecordReader reader, params string[] extensions)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(extensions);
        if (extensions.Any(string.IsNullOrWhiteSpace)) throw new ArgumentException("an extension is null or blank", nameof(extensions));
        if (_frozen)
            throw new InvalidOperationException("the readers of a built formatter cannot change; add a reader with FormatterBuilder.AddReader before Build, or register it in a registry of your own (ReaderRegistry.CreateDefault())");
        foreach (var replaced in _readers.Where(r => r.Format == reader.Format).ToList())
        {
            // The reader it replaces hands over the extensions it owned.
            foreach (var (extension, owner) in _byExtension.ToList())
                if (ReferenceEquals(owner, replaced)) _byExtension[extension] = reader;
            _readers.Remove(replaced);
        }
        _readers.Add(reader);
        foreach (var extension in extensions) _byExtension[extension.StartsWith('.') ? extension : "." + extension] = reader;
    }

    /// <summary>Ends registering (<see cref="IsReadOnly"/>).</summary>
    internal ReaderRegistry Freeze()
    {
        _frozen = true;
        return this;
    }

    /// <summary>The reader of a format name (<c>csl-json</c>, <c>seed</c>…), or null.</summary>
    public IRecordReader? Find(string format) =>
        format is null ? throw new ArgumentNullException(nameof(format)) : _readers.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));

    /// <summary>The reader for an input: the one owning its extension, else the best sniffer; null when none fits.</summary>
    public IRecordReader? Select(string fileName, string content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        if (ByExtension(fileName) is { } owner) return owner;
        var best = _readers.Select(r => (Reader: r, Score: r.Sniff(fileName, content))).MaxBy(s => s.Score);
        return best.Score >= MinimumSniffScore ? best.Reader : null;
    }

    /// <summary>Reads text with the named format, or the reader <see cref="Select"/> picks.</summary>
    public ReadResult Read(string fileName, string content, string? format = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        IRecordReader? reader;
        if (format is not null)
        {
            reader = Find(format);
            if (reader is null) return Failed(fileName, $"unknown input format '{format}' (known: {string.Join(", ", _readers.Select(r => r.Format))})");
        }
        else
        {
            reader = Select(fileName, content);
            if (reader is null) return Failed(fileName, "no reader recognises this input; give its format explicitly or use a known extension");
        }
        return Guarded(reader, fileName, () => reader.Read(fileName, content));
    }

    /// <summary>
    /// Reads a file: streamed record by record when its reader can (<see cref="IUtf8StreamRecordReader"/>), else its
    /// bytes are read whole and decoded (<see cref="InputDecoder"/>) when the reader cannot take them as they are.
    /// With <paramref name="keepCompact"/> a streamed reader may keep the records compact (in a temporary file when one
    /// can be made), each loaded anew when the result's list is read (for a long list that is formatted and written,
    /// not for records kept and compared). Formatting records kept in a temporary file compacts the heap once, between
    /// rendering and the list passes after it (a blocking collection).
    /// </summary>
    public ReadResult ReadFile(string path, string? format = null, bool keepCompact = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        var owner = format is not null ? Find(format) : ByExtension(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return Failed(path, "file not found");
            if (info.Length > MaxFileSize) return Failed(path, $"file too large ({info.Length:N0} bytes; the limit is {MaxFileSize:N0})");
            if (owner is IUtf8StreamRecordReader streamed && Streamed(streamed, path, keepCompact) is { } result) return result;
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(path, "cannot read the file: " + ex.Message);
        }
        if (DirectReader(owner, bytes) is { } direct)
            return Guarded(direct.Reader, path, () => direct.Reader.ReadUtf8(path, bytes.AsSpan(direct.BodyStart)));
        var decoded = InputDecoder.Decode(path, bytes);
        return decoded.Text is { } text ? Read(path, text, format) : new ReadResult([], [decoded.Error!]);
    }

    /// <summary>
    /// The reader, when it can take the file's UTF-8 bytes as they are (no text copy: a large CSL-JSON file costs its
    /// size once, not three times), with where the text starts after any BOM; null when the text path must be taken.
    /// </summary>
    private static (IUtf8RecordReader Reader, int BodyStart)? DirectReader(IRecordReader? reader, byte[] bytes)
    {
        if (reader is not IUtf8RecordReader direct) return null;
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return null;
        var start = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        // Invalid UTF-8 and binary content take the text path, which reports them with their line.
        return System.Text.Unicode.Utf8.IsValid(span[start..]) && !span.Contains((byte)0) ? (direct, start) : null;
    }

    /// <summary>
    /// The records of a file read as a stream (after a UTF-8 byte order mark), or null when the whole-file path must
    /// read it: UTF-16, input the streamed path leaves to it, or a failure, which that path reports.
    /// </summary>
    private static ReadResult? Streamed(IUtf8StreamRecordReader reader, string path, bool keepCompact)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        Span<byte> head = stackalloc byte[3];
        var count = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..count];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return null;
        stream.Position = head.SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return reader.TryReadStream(path, stream, keepCompact);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>Runs a reader; an exception it throws becomes an error naming the file and the reader.</summary>
    private static ReadResult Guarded(IRecordReader reader, string fileName, Func<ReadResult> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Failed(fileName, $"the {reader.Format} reader failed: {ex.Message}");
        }
    }

    private IRecordReader? ByExtension(string fileName)
    {
        // The longest matching extension wins (`.csl.json` over `.json`).
        var name = Path.GetFileName(fileName);
        IRecordReader? owner = null;
        var longest = 0;
        foreach (var (extension, reader) in _byExtension)
        {
            if (extension.Length <= longest || !name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) continue;
            owner = reader;
            longest = extension.Length;
        }
        return owner;
    }

    // A problem of the whole input: its location is the file alone (line 0), so a host can attach it to the file.
    private static ReadResult Failed(string fileName, string message) =>
        new([], [new Diagnostic(DiagnosticSeverity.Error, message) { Location = new SourceLocation(fileName, 0) }]);
}
