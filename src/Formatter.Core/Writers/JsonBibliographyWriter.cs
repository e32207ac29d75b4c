using System.Text.Encodings.Web;
using System.Text.Json;
using Formatter.Core.Api;

namespace Formatter.Core.Writers;

/// <summary>A JSON array of <c>{"id", "text", "html", "citation"}</c> objects in list order, for tooling.</summary>
public sealed class JsonBibliographyWriter : IBibliographyWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public bool WritesCitations => true;

    /// <inheritdoc />
    public void Write(FormattedBibliography bibliography, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartArray();
            foreach (var entry in bibliography.Entries)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Id);
                if (entry.Label is not null) json.WriteString("label", entry.Label);
                json.WriteString("text", PlainTextRenderer.Instance.Render(entry.Text));
                json.WriteString("html", HtmlRenderer.Instance.Render(entry.Text));
                if (entry.Citation is not null) json.WriteString("citation", PlainTextRenderer.Instance.Render(entry.Citation));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }
}
