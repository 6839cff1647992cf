using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace HarmLedger.Csv;

/// <summary>Reads RFC 4180 CSV records one at a time, tracking physical lines and bounding sizes.</summary>
/// <remarks>
/// Lenient where files in the wild are: a quote inside an unquoted field, or text after a
/// closing quote, is kept as written. Blank lines are skipped. A record that breaks a
/// <see cref="CsvLimits"/> bound, or a quote that never closes, comes back with an
/// <see cref="CsvRecord.Error"/> instead of an exception.
/// </remarks>
public sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly CsvLimits _limits;
    private readonly char[] _buffer = new char[16_384];
    private readonly StringBuilder _raw = new();
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private int _line = 1;

    /// <summary>Creates a reader over text, with optional size limits.</summary>
    public CsvRecordReader(TextReader reader, CsvLimits? limits = null)
    {
        _reader = reader;
        _limits = limits ?? CsvLimits.Default;
    }

    /// <summary>Reads every remaining record, lazily.</summary>
    public IEnumerable<CsvRecord> ReadAll()
    {
        while (Read() is { } record)
        {
            yield return record;
        }
    }

    /// <summary>Reads the next non-blank record, or returns <c>null</c> at the end of the text.</summary>
    public CsvRecord? Read()
    {
        while (Peek() >= 0)
        {
            if (ReadRecord() is { } record)
            {
                return record;
            }
        }

        return null;
    }

    private CsvRecord? ReadRecord()
    {
        var startLine = _line;
        var fields = ImmutableArray.CreateBuilder<string>();
        var spans = ImmutableArray.CreateBuilder<CsvSpan>();
        _raw.Clear();
        _field.Clear();
        string? error = null;
        var fieldStart = 0;
        var contentStart = 0;
        var contentEnd = -1;
        var inQuotes = false;
        var quoted = false;
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                if (inQuotes)
                {
                    error ??= string.Create(CultureInfo.InvariantCulture, $"a quoted field opened on line {startLine} never closes");
                }

                break;
            }

            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"' && Peek() == '"')
                {
                    Next();
                    Append(ch, ref error, fields.Count);
                    AppendRaw('"', ref error);
                    AppendRaw('"', ref error);
                    continue;
                }

                if (ch == '"')
                {
                    inQuotes = false;
                    contentEnd = _raw.Length;
                    AppendRaw(ch, ref error);
                    continue;
                }

                CountLine(ch);
                Append(ch, ref error, fields.Count);
                AppendRaw(ch, ref error);
                continue;
            }

            if (ch == ',')
            {
                EndField(fields, spans, quoted, fieldStart, contentStart, contentEnd, ref error);
                AppendRaw(ch, ref error);
                fieldStart = _raw.Length;
                quoted = false;
                contentEnd = -1;
                continue;
            }

            if (ch is '\r' or '\n')
            {
                if (ch == '\r' && Peek() == '\n')
                {
                    Next();
                }

                _line++;
                break;
            }

            if (ch == '"' && !quoted && _raw.Length == fieldStart && _field.Length == 0)
            {
                inQuotes = true;
                quoted = true;
                AppendRaw(ch, ref error);
                contentStart = _raw.Length;
                continue;
            }

            Append(ch, ref error, fields.Count);
            AppendRaw(ch, ref error);
        }

        if (_raw.Length == 0 && fields.Count == 0 && error is null)
        {
            return null;
        }

        EndField(fields, spans, quoted, fieldStart, contentStart, contentEnd, ref error);
        return new CsvRecord(startLine, _raw.ToString(), fields.ToImmutable(), spans.ToImmutable(), error);
    }

    private void EndField(
        ImmutableArray<string>.Builder fields, ImmutableArray<CsvSpan>.Builder spans,
        bool quoted, int fieldStart, int contentStart, int contentEnd, ref string? error)
    {
        if (fields.Count >= _limits.MaxFields)
        {
            error ??= string.Create(CultureInfo.InvariantCulture, $"more than {_limits.MaxFields} fields");
            _field.Clear();
            return;
        }

        var start = Math.Min(quoted ? contentStart : fieldStart, _raw.Length);
        var end = quoted && contentEnd >= 0 ? contentEnd : _raw.Length;
        fields.Add(_field.ToString());
        spans.Add(new CsvSpan(start, Math.Max(start, end)));
        _field.Clear();
    }

    private void Append(char ch, ref string? error, int fieldIndex)
    {
        if (_field.Length < _limits.MaxFieldChars)
        {
            _field.Append(ch);
            return;
        }

        error ??= string.Create(CultureInfo.InvariantCulture, $"field {fieldIndex + 1} is longer than {_limits.MaxFieldChars} characters");
    }

    private void AppendRaw(char ch, ref string? error)
    {
        if (_raw.Length < _limits.MaxRecordChars)
        {
            _raw.Append(ch);
            return;
        }

        error ??= string.Create(CultureInfo.InvariantCulture, $"the record is longer than {_limits.MaxRecordChars} characters");
    }

    private void CountLine(char ch)
    {
        // CRLF is one line break; a lone CR or LF is one too.
        if (ch == '\n' || (ch == '\r' && Peek() != '\n'))
        {
            _line++;
        }
    }

    private int Peek()
    {
        if (_position == _length)
        {
            _length = _reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            if (_length <= 0)
            {
                _length = 0;
                return -1;
            }
        }

        return _buffer[_position];
    }

    private int Next()
    {
        var c = Peek();
        if (c >= 0)
        {
            _position++;
        }

        return c;
    }
}
