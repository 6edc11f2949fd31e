using System.Text;

namespace Regiemonitor.ServiceDefaults.Imports;

/// <summary>
/// Splits a CSV stream into lines of fields (RFC 4180 quoting) while reading it in blocks, so an
/// upload is never held whole in memory, neither as bytes nor as text.
/// </summary>
/// <remarks>
/// The split works on bytes: the delimiters, quotes and line ends are ASCII, and in UTF-8 an ASCII
/// byte never occurs inside another character, so only a finished field needs decoding. That is
/// also where UTF-8 is checked, which lets the message name the line and column of the first
/// wrong character instead of only saying the file is wrong somewhere.
/// </remarks>
internal sealed class CsvLezer
{
    private const int Blok = 64 * 1024;

    /// <summary>
    /// The longest field accepted. No contract column comes near it; a longer "field" means the
    /// upload is not a CSV at all (a binary file, a lost quote), and buffering it would undo the
    /// streaming.
    /// </summary>
    internal const int MaxVeld = 1024 * 1024;

    private static readonly UTF8Encoding StrikteUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly IReadOnlyList<CsvTabel.Celfout> OnafgeslotenAanhalingsteken = [new(null, "Een aanhalingsteken (\") wordt niet gesloten.")];

    internal const string Utf16Melding = "Het bestand is UTF-16-tekst (Unicode), geen UTF-8; sla het op als CSV UTF-8.";
    internal const string Utf8Melding = "Het bestand is geen geldige UTF-8-tekst: deze regel bevat een teken dat in UTF-8 niet bestaat "
        + "(het bestand is waarschijnlijk opgeslagen als ANSI, Windows-1252 of Latin-1); sla het op als CSV UTF-8.";

    private readonly byte _scheiding;
    private readonly Queue<CsvTabel.RuweRegel> _klaar = new();
    private readonly List<string> _velden = [];

    /// <summary>
    /// Short fields repeat all through a file (codes, dates, small numbers). Each distinct one is
    /// kept once, so a million lines do not hold six million strings; the set is capped so a file
    /// of unique values costs no more than without it.
    /// </summary>
    private readonly HashSet<string> _teksten = new(StringComparer.Ordinal);
    private const int MaxGedeeld = 32, MaxTeksten = 16 * 1024;
    private byte[] _veld = new byte[256];
    private int _veldLengte;
    private int _regel = 1, _beginRegel = 1;
    private bool _tussenAanhalingstekens, _aanhalingstekenBinnen, _naCr, _gestopt;

    private CsvLezer(byte scheiding) => _scheiding = scheiding;

    /// <summary>
    /// The lines of <paramref name="stroom"/>, read lazily. After a line whose <see cref="CsvTabel.RuweRegel.Fataal"/>
    /// is set (wrong encoding, a field beyond <see cref="MaxVeld"/>) nothing more is read.
    /// </summary>
    public static IEnumerable<CsvTabel.RuweRegel> Regels(Stream stroom)
    {
        var blok = new byte[Blok];
        // The start is read until the header is complete: it decides the delimiter.
        using var begin = new MemoryStream();
        int gelezen;
        while (!HeeftKopregel(begin.GetBuffer().AsSpan(0, (int)begin.Length)) && begin.Length < MaxVeld && (gelezen = stroom.Read(blok)) > 0)
            begin.Write(blok, 0, gelezen);
        var start = begin.GetBuffer();
        var lengte = (int)begin.Length;

        if (start.AsSpan(0, lengte) is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            yield return new CsvTabel.RuweRegel(1, [], [new CsvTabel.Celfout(null, Utf16Melding)], Fataal: true);
            yield break;
        }
        var bom = start.AsSpan(0, lengte).StartsWith("\uFEFF"u8) ? 3 : 0;
        var lezer = new CsvLezer(KiesScheidingsteken(start.AsSpan(bom, lengte - bom)));

        lezer.Voer(start, bom, lengte);
        while (lezer._klaar.TryDequeue(out var regel)) yield return regel;
        while (!lezer._gestopt && (gelezen = stroom.Read(blok)) > 0)
        {
            lezer.Voer(blok, 0, gelezen);
            while (lezer._klaar.TryDequeue(out var regel)) yield return regel;
        }
        if (!lezer._gestopt) lezer.Einde();
        while (lezer._klaar.TryDequeue(out var regel)) yield return regel;
    }

    private void Voer(byte[] bytes, int van, int tot)
    {
        for (var i = van; i < tot && !_gestopt; i++)
        {
            var b = bytes[i];
            if (_aanhalingstekenBinnen)
            {
                // A quote inside quotes is either the first of a doubled "" or the closing one;
                // only the next byte tells, and it may be in the next block.
                _aanhalingstekenBinnen = false;
                if (b == '"') { Voeg(b); continue; }
                _tussenAanhalingstekens = false;
            }
            if (_tussenAanhalingstekens)
            {
                if (b == '"') _aanhalingstekenBinnen = true;
                else { if (b == '\n') _regel++; Voeg(b); }
                continue;
            }
            var naCr = _naCr;
            _naCr = false;
            if (b == '"' && _veldLengte == 0) _tussenAanhalingstekens = true;
            else if (b == _scheiding) SluitVeld();
            else if (b == '\n' && naCr) { } // the second half of \r\n
            else if (b is (byte)'\n' or (byte)'\r')
            {
                if (!SluitVeld()) return;
                _klaar.Enqueue(new CsvTabel.RuweRegel(_beginRegel, [.. _velden], []));
                _velden.Clear();
                _beginRegel = ++_regel;
                _naCr = b == '\r';
            }
            else Voeg(b);
        }
    }

    private void Einde()
    {
        if (_aanhalingstekenBinnen) _tussenAanhalingstekens = _aanhalingstekenBinnen = false;
        if (_veldLengte == 0 && _velden.Count == 0 && !_tussenAanhalingstekens) return;
        var open = _tussenAanhalingstekens;
        if (SluitVeld()) _klaar.Enqueue(new CsvTabel.RuweRegel(_beginRegel, [.. _velden], open ? OnafgeslotenAanhalingsteken : []));
    }

    private void Voeg(byte b)
    {
        if (_veldLengte == _veld.Length)
        {
            if (_veldLengte >= MaxVeld)
            {
                Stop($"Een veld is langer dan {MaxVeld / (1024 * 1024)} MB; is dit wel een CSV-bestand (of mist er een aanhalingsteken)?");
                return;
            }
            Array.Resize(ref _veld, _veld.Length * 2);
        }
        _veld[_veldLengte++] = b;
    }

    /// <summary>Decodes the finished field; false (and the reading stops) when it is not UTF-8.</summary>
    private bool SluitVeld()
    {
        var bytes = _veld.AsSpan(0, _veldLengte);
        // NUL is valid UTF-8 but never in a CSV; every other byte of ASCII text in UTF-16 is one.
        if (bytes.Contains((byte)0)) return Stop(Utf16Melding);
        try
        {
            _velden.Add(Tekst(bytes));
        }
        catch (DecoderFallbackException)
        {
            return Stop(Utf8Melding);
        }
        _veldLengte = 0;
        return true;
    }

    /// <summary>The field as text; throws <see cref="DecoderFallbackException"/> when it is not UTF-8.</summary>
    private string Tekst(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxGedeeld) return StrikteUtf8.GetString(bytes);
        Span<char> tekens = stackalloc char[MaxGedeeld];
        var tekst = tekens[..StrikteUtf8.GetChars(bytes, tekens)];
        if (_teksten.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tekst, out var bekend)) return bekend;
        var nieuw = tekst.ToString();
        if (_teksten.Count < MaxTeksten) _teksten.Add(nieuw);
        return nieuw;
    }

    private bool Stop(string melding)
    {
        _klaar.Enqueue(new CsvTabel.RuweRegel(_beginRegel, [.. _velden], [new CsvTabel.Celfout(_velden.Count, melding)], Fataal: true));
        _gestopt = true;
        return false;
    }

    /// <summary>True once the first line with content has ended.</summary>
    private static bool HeeftKopregel(ReadOnlySpan<byte> begin)
    {
        var inhoud = false;
        foreach (var b in begin)
        {
            if (b is (byte)'\r' or (byte)'\n') { if (inhoud) return true; }
            else if (b is not ((byte)' ' or (byte)'\t')) inhoud = true;
        }
        return false;
    }

    /// <summary>The delimiter is whichever of <c>;</c> and <c>,</c> the first line with content uses more.</summary>
    private static byte KiesScheidingsteken(ReadOnlySpan<byte> begin)
    {
        foreach (var regel in begin.SplitAny("\r\n"u8))
        {
            var kop = begin[regel];
            if (kop.IndexOfAnyExcept(" \t"u8) < 0) continue;
            return kop.Count((byte)';') > kop.Count((byte)',') ? (byte)';' : (byte)',';
        }
        return (byte)',';
    }
}
