using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Verksam.Web.Shared.Logging;

/// <summary>
/// The console log, one record per line: carriage returns, line feeds, terminal escapes and every other control
/// character in a message or an exception (which may quote a query string) are written as \u000d and so on, so that
/// nothing a client sends can forge a log line or recolour an operator's terminal.
/// </summary>
public sealed class ControlCharacterSafeFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "verksam";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        ArgumentNullException.ThrowIfNull(textWriter);
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception) ?? string.Empty;
        if (message.Length == 0 && logEntry.Exception is null)
        {
            return;
        }

        var line = new StringBuilder();
        line.Append(DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)).Append(' ')
            .Append(Level(logEntry.LogLevel)).Append(' ')
            .Append(logEntry.Category).Append('[').Append(logEntry.EventId.Id.ToString(CultureInfo.InvariantCulture)).Append("]: ");
        AppendEscaped(line, message);
        if (logEntry.Exception is { } exception)
        {
            line.Append(" | ");
            AppendEscaped(line, exception.ToString());
        }

        textWriter.WriteLine(line.ToString());
    }

    /// <summary>The text with every control character (C0, DEL, C1, and the Unicode line and paragraph separators) as a \u escape.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
