using System.Text;
using Formatter.Cli;

// Output is UTF-8 whatever the locale says (en dashes and curly quotes must survive a C locale or a redirect on
// Windows), and buffered: Console.Out writes through on every call. A console window on Windows keeps Console.Out,
// which writes characters, not bytes. Errors are written through at once. Both are synchronized, as Console's are
// (`watch` reports changes from the file watcher's threads).
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
// Opened on first use (format opens them while its style is being prepared): see DeferredWriter.
var output = OperatingSystem.IsWindows() && !Console.IsOutputRedirected
    ? Console.Out
    : new DeferredWriter(() => new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16));
var errors = OperatingSystem.IsWindows() && !Console.IsErrorRedirected
    ? Console.Error
    : new DeferredWriter(() => new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true });
try
{
    return CliApplication.Run(args, output, errors, CancellationToken.None, ownsProcess: true);
}
finally
{
    output.Flush();
}
