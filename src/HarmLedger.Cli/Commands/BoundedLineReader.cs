using System.Buffers;

namespace HarmLedger.Cli.Commands;

/// <summary>Reads LF-terminated lines of bytes from a stream, never holding more than a bound for one line.</summary>
/// <remarks>A line over the bound is skipped to its end and returned as <c>null</c>, so one huge line cannot exhaust memory.</remarks>
internal sealed class BoundedLineReader(Stream stream, int maxLineBytes)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly ArrayBufferWriter<byte> _line = new();
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Reads the next line; false at the end of the stream. <paramref name="line"/> is null for an oversized line.</summary>
    public bool TryReadLine(out byte[]? line)
    {
        _line.Clear();
        var oversized = false;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                line = oversized ? null : _line.WrittenSpan.ToArray();
                return oversized || _line.WrittenCount > 0;
            }

            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span : span[..newline];
            if (!oversized && _line.WrittenCount + take.Length > maxLineBytes)
            {
                oversized = true;
                _line.Clear();
            }

            if (!oversized)
            {
                _line.Write(take);
            }

            _start += newline < 0 ? span.Length : newline + 1;
            if (newline >= 0)
            {
                line = oversized ? null : TrimCarriageReturn(_line.WrittenSpan).ToArray();
                return true;
            }
        }
    }

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        _eof = _end == 0;
        return !_eof;
    }
}
