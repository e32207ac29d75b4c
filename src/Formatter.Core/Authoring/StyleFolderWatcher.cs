namespace Formatter.Core.Authoring;

/// <summary>
/// Watches style and plugin folders for saved templates (<c>*.sbn</c>), manifests (<c>style.json</c>) and rebuilt
/// assemblies (<c>*.dll</c>), and raises <see cref="Changed"/> once a burst of saves has been quiet for
/// <see cref="Debounce"/> (editors write a file several times per save).
/// </summary>
public sealed class StyleFolderWatcher : IDisposable
{
    private static readonly string[] Patterns = ["*.sbn", "style.json", "*.dll"];
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    /// <summary>Starts watching <paramref name="folders"/> (recursively); missing folders are ignored.</summary>
    public StyleFolderWatcher(IEnumerable<string> folders, TimeSpan? debounce = null)
    {
        Debounce = debounce ?? TimeSpan.FromMilliseconds(150);
        _timer = new Timer(_ => Flush());
        foreach (var folder in folders.Where(Directory.Exists).Select(Path.GetFullPath).Distinct())
        {
            foreach (var pattern in Patterns)
            {
                var watcher = new FileSystemWatcher(folder, pattern)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
                };
                watcher.Changed += OnChange;
                watcher.Created += OnChange;
                watcher.Deleted += OnChange;
                watcher.Renamed += (_, e) => Touch(e.FullPath);
                watcher.EnableRaisingEvents = true;
                _watchers.Add(watcher);
            }
        }
    }

    /// <summary>Raised (on a thread-pool thread) with the files saved since the last time.</summary>
    public event Action<IReadOnlyList<string>>? Changed;

    /// <summary>How long saves must be quiet before <see cref="Changed"/> is raised.</summary>
    public TimeSpan Debounce { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs e) => Touch(e.FullPath);

    private void Touch(string path)
    {
        lock (_gate)
        {
            _pending.Add(path);
            _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        List<string> files;
        lock (_gate)
        {
            files = _pending.Order(StringComparer.Ordinal).ToList();
            _pending.Clear();
        }
        if (files.Count > 0) Changed?.Invoke(files);
    }
}
