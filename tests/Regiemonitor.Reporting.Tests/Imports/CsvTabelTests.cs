using System.Text;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.Reporting.Tests.Imports;

public sealed class CsvTabelTests
{
    private static readonly string[] Kolommen = ["gebiedcode", "aantal", "besluit"];

    private static (IReadOnlyList<CsvRegel> Regels, IReadOnlyList<ImportFout> Fouten) Lees(byte[] inhoud, int blok = int.MaxValue) =>
        CsvTabel.Lees(new Druppelstroom(inhoud, blok), Kolommen);

    private static (IReadOnlyList<CsvRegel> Regels, IReadOnlyList<ImportFout> Fouten) Lees(string tekst, int blok = int.MaxValue) =>
        Lees(Encoding.UTF8.GetBytes(tekst), blok);

    private static List<(int, string, string, string)> Inhoud(IReadOnlyList<CsvRegel> regels) =>
        [.. regels.Select(r => (r.Regel, r["gebiedcode"], r["aantal"], r["besluit"]))];

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(1)]
    [InlineData(3)]
    public void Lees_QuotedFieldsOverSeveralLines_KeepLineNumbersWhateverTheBlockSize(int blok)
    {
        const string csv = "gebiedcode;aantal;besluit\r\nGM0106;1;\"Besluit; met \"\"aanhalingstekens\"\"\r\nen een tweede regel\"\r\nGM0114;2;kort\rGM0118;3;\"\"\n";

        var (regels, fouten) = Lees(csv, blok);

        Assert.Empty(fouten);
        Assert.Equal([(2, "GM0106", "1", "Besluit; met \"aanhalingstekens\"\r\nen een tweede regel"), (4, "GM0114", "2", "kort"), (5, "GM0118", "3", "")], Inhoud(regels));
    }

    [Theory]
    [InlineData("gebiedcode,aantal,besluit\nGM0106,1,\"a;b\"\n", "a;b")]
    [InlineData("\uFEFFgebiedcode,aantal,besluit\nGM0106,1,a;b", "a;b")]
    [InlineData("\n  \ngebiedcode;aantal;besluit\nGM0106;1;a,b\n", "a,b")]
    public void Lees_DelimiterAndBom_AreTakenFromTheHeader(string csv, string besluit)
    {
        var (regels, fouten) = Lees(csv, 2);

        Assert.Empty(fouten);
        Assert.Equal(("GM0106", "1", besluit), (Assert.Single(regels)["gebiedcode"], regels[0]["aantal"], regels[0]["besluit"]));
    }

    [Fact]
    public void Lees_Latin1_IsRefusedAtTheLineAndColumnOfTheFirstWrongCharacter()
    {
        var latin1 = Encoding.Latin1.GetBytes("gebiedcode,aantal,besluit\nGM0106,1,goed\nGM0114,2,Besluit café\nGM0118,3,één\n");

        var (regels, fouten) = Lees(latin1, 5);

        Assert.Empty(regels);
        var fout = Assert.Single(fouten);
        Assert.Equal((3, "besluit"), (fout.Regel, fout.Kolom));
        Assert.StartsWith("Het bestand is geen geldige UTF-8-tekst", fout.Melding);
    }

    [Fact]
    public void Lees_Latin1InTheHeader_HasNoColumn()
    {
        var fout = Assert.Single(Lees(Encoding.Latin1.GetBytes("gebiedcode,aantal,besluit é\n")).Fouten);

        Assert.Equal((1, null), (fout.Regel, fout.Kolom));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Lees_Utf16_IsRefusedAsUtf16(bool metBom)
    {
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: metBom);
        var inhoud = utf16.GetPreamble().Concat(utf16.GetBytes("gebiedcode,aantal,besluit\nGM0106,1,x\n")).ToArray();

        var fout = Assert.Single(Lees(inhoud).Fouten);

        Assert.Equal((1, "Het bestand is UTF-16-tekst (Unicode), geen UTF-8; sla het op als CSV UTF-8."), (fout.Regel, fout.Melding));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\r\n \r\n")]
    public void Lees_NothingButWhitespace_IsAnEmptyFile(string csv) =>
        Assert.StartsWith("Het bestand is leeg; verwacht een kopregel met gebiedcode,aantal,besluit", Assert.Single(Lees(csv).Fouten).Melding);

    [Fact]
    public void Lees_TabSeparatedHeader_SaysSoInsteadOfNamingEveryColumn() =>
        Assert.Equal(new ImportFout(1, null, "De kopregel is gescheiden door tabs; sla het bestand op als CSV UTF-8 (scheidingsteken , of ;)."),
            Assert.Single(Lees("gebiedcode\taantal\tbesluit\nGM0106\t1\tx\n").Fouten));

    [Fact]
    public void Lees_UnclosedQuote_IsReportedOnTheLineWhereItStarts()
    {
        var (_, fouten) = Lees("gebiedcode,aantal,besluit\nGM0106,1,ok\nGM0114,2,\"open\nnog steeds open\n");

        Assert.Equal(new ImportFout(3, null, "Een aanhalingsteken (\") wordt niet gesloten."), Assert.Single(fouten));
    }

    [Fact]
    public void Lees_FieldLongerThanAnyCsvField_StopsReading()
    {
        var inhoud = Encoding.UTF8.GetBytes("gebiedcode,aantal,besluit\nGM0106,1,\"" + new string('x', 1024 * 1024 + 10) + "\"\n");

        var (regels, fouten) = Lees(inhoud, 70_000);

        Assert.Empty(regels);
        Assert.Contains("langer dan 1 MB", Assert.Single(fouten).Melding);
    }

    [Fact]
    public void Lees_LargeFile_IsReadBlockByBlock()
    {
        var tekst = new StringBuilder("gebiedcode,aantal,besluit\n");
        for (var i = 0; i < 50_000; i++) tekst.Append("GM0106,").Append(i).Append(",\"x, y\"\n");
        var stroom = new Druppelstroom(Encoding.UTF8.GetBytes(tekst.ToString()), 4096);

        var (regels, fouten) = CsvTabel.Lees(stroom, Kolommen);

        Assert.Empty(fouten);
        Assert.Equal((50_001, "49999", "x, y"), (regels[^1].Regel, regels[^1]["aantal"], regels[^1]["besluit"]));
        // Never more than one block asked for at a time: the reader does not slurp the stream.
        Assert.InRange(stroom.GrootsteVerzoek, 1, 64 * 1024);
    }

    [Fact]
    public void Lees_ByteArray_IsTheSameAsTheStream()
    {
        const string csv = "gebiedcode,aantal,besluit\nGM0106,1,a\nGM0106,1,a,b\n";

        var uitBytes = CsvTabel.Lees(Encoding.UTF8.GetBytes(csv), Kolommen);

        Assert.Equal(Lees(csv).Fouten, uitBytes.Fouten);
        Assert.Equal(new ImportFout(3, null, "De regel heeft 4 velden, de kopregel 3."), Assert.Single(uitBytes.Fouten));
    }

    /// <summary>A stream that hands out at most <paramref name="blok"/> bytes per read, like a network body.</summary>
    private sealed class Druppelstroom(byte[] inhoud, int blok) : MemoryStream(inhoud, writable: false)
    {
        public int GrootsteVerzoek { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            GrootsteVerzoek = Math.Max(GrootsteVerzoek, count);
            return base.Read(buffer, offset, Math.Min(count, blok));
        }

        public override int Read(Span<byte> buffer)
        {
            GrootsteVerzoek = Math.Max(GrootsteVerzoek, buffer.Length);
            return base.Read(buffer[..Math.Min(buffer.Length, blok)]);
        }
    }
}
