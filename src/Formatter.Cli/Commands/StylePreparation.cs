using System.Runtime.ExceptionServices;

namespace Formatter.Cli.Commands;

/// <summary>
/// Makes the style of a <c>format</c> run ready (plugins scanned, its plugin loaded, templates parsed, one template
/// context) on a thread of its own, while the command's thread finds and reads the input: for a single catalogue
/// page the two take about as long. A thread, not the thread pool, which takes milliseconds to start in a new process.
/// </summary>
internal sealed class StylePreparation
{
    private readonly CliContext _context;
    private readonly Thread _thread;
    private Exception? _failure;

    private StylePreparation(CliContext context)
    {
        _context = context;
        _thread = new Thread(Prepare) { IsBackground = true, Name = "prepare style" };
    }

    /// <summary>Starts preparing the style the command line names.</summary>
    public static StylePreparation Start(CliContext context)
    {
        var preparation = new StylePreparation(context);
        preparation._thread.Start();
        return preparation;
    }

    /// <summary>True while the style is still being prepared.</summary>
    public bool IsRunning => _thread.IsAlive;

    /// <summary>Waits for the style; what failed while preparing it is thrown here, as if it had happened in turn.</summary>
    public void Complete()
    {
        _thread.Join();
        if (_failure is not null) ExceptionDispatchInfo.Throw(_failure);
    }

    /// <summary>Waits for the thread without looking at its outcome (the command failed first): no work of a command goes on after it returns.</summary>
    public void Wait() => _thread.Join();

    private void Prepare()
    {
        try
        {
            var styleId = FormatCommand.StyleOf(_context.Arguments);
            if (_context.Formatter.FindStyle(styleId) is null) return;
            _context.Formatter.Prepare(styleId, FormatCommand.ParseOptions(_context.Arguments.Values("--option", "-o")));
        }
        catch (Exception e)
        {
            _failure = e;
        }
    }
}
