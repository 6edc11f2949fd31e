#!/usr/bin/env python3
"""Writes the import corpus: bad (and a few good) CSV and XLSX files for the realisatie and opgave
imports, and corpus.json, which says what each import must answer. CorpusTests posts every file
through the gateway and checks the answer and that the stores are unchanged.

The files are committed; run this only to change the corpus (python3 tests/corpus/maak.py). The
output is deterministic, so an unchanged case gives an unchanged file. The XLSX files are written
here by hand (stdlib zipfile, no spreadsheet library) so every byte of them is deliberate: shared
strings, date styles, formulas and error cells the way Excel writes them.
"""
import datetime
import json
import os
import zipfile
from xml.sax.saxutils import escape

MAP = os.path.dirname(os.path.abspath(__file__))
R, O = "realisatie", "opgaven"
RKOP = "bron,categorie,onderdeel,gebiedcode,peildatum,aantal"
OKOP = "categorie,gebiedcode,startdatum,startwaarde,einddatum,eindwaarde,besluit"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
VERWACHT_R = "verwacht: bron,categorie,onderdeel,gebiedcode,peildatum,aantal"
DATUMVORMEN = "schrijf JJJJ-MM-DD (2024-09-01) of DD-MM-JJJJ (01-09-2024)."

gevallen = []


def fout(regel, kolom, melding, blad=None):
    return {"regel": regel, "kolom": kolom, "blad": blad, "melding": melding}


def voeg_toe(naam, endpoint, inhoud, fouten, status=400, content_type=None, blad=None, zonder_lengte=False, omschrijving=""):
    with open(os.path.join(MAP, naam), "wb") as f:
        f.write(inhoud)
    geval = {"bestand": naam, "import": endpoint, "omschrijving": omschrijving, "status": status,
             "contentType": content_type or (XLSX if naam.endswith(".xlsx") else "text/csv")}
    if blad is not None:
        geval["blad"] = blad
    if zonder_lengte:
        geval["zonderLengte"] = True
    if status == 400:
        geval["fouten"] = fouten
    elif fouten:
        geval["melding"] = fouten
    gevallen.append(geval)


def csv(naam, endpoint, tekst, fouten, codering="utf-8", **kw):
    voeg_toe(naam, endpoint, tekst.encode(codering) if isinstance(tekst, str) else tekst, fouten, **kw)


# ---------------------------------------------------------------- XLSX

class Datum:
    """A date as Excel stores it: a serial number in a cell with a date format (style 1 or 2)."""
    def __init__(self, iso, stijl=1):
        self.serie = (datetime.date.fromisoformat(iso) - datetime.date(1899, 12, 30)).days
        self.stijl = stijl


class Formule:
    def __init__(self, formule, waarde):
        self.formule, self.waarde = formule, waarde


class Foutwaarde:
    def __init__(self, code):
        self.code = code


def kolomletter(i):
    letters = ""
    i += 1
    while i:
        i, rest = divmod(i - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def werkblad(rijen, teksten):
    """rijen: list of (rijnummer, [cellen]); a cell None is left out, as Excel does for empty cells."""
    xml = []
    for r, cellen in rijen:
        cs = []
        for i, c in enumerate(cellen):
            ref = f"{kolomletter(i)}{r}"
            if c is None:
                continue
            if isinstance(c, Datum):
                cs.append(f'<c r="{ref}" s="{c.stijl}"><v>{c.serie}</v></c>')
            elif isinstance(c, Formule):
                cs.append(f'<c r="{ref}"><f>{escape(c.formule)}</f><v>{c.waarde}</v></c>')
            elif isinstance(c, Foutwaarde):
                cs.append(f'<c r="{ref}" t="e"><v>{escape(c.code)}</v></c>')
            elif isinstance(c, (int, float)):
                cs.append(f'<c r="{ref}"><v>{c}</v></c>')
            else:
                if c not in teksten:
                    teksten.append(c)
                cs.append(f'<c r="{ref}" t="s"><v>{teksten.index(c)}</v></c>')
        xml.append(f'<row r="{r}">{"".join(cs)}</row>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(xml)}</sheetData></worksheet>')


STIJLEN = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts>'
           '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
           '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
           '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
           '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
           '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
           '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
           '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
           '<cellStyles count="1"><cellStyle name="Standaard" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def werkmap(bladen, opgeslagen=False):
    """bladen: list of (naam, rijen). Returns the bytes of an .xlsx package."""
    import io
    teksten = []
    delen = {f"xl/worksheets/sheet{i + 1}.xml": werkblad(rijen, teksten) for i, (_, rijen) in enumerate(bladen)}
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    doc = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    kop = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    sheets = "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(bladen))
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{doc}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(bladen)))
    n = len(bladen)
    rels += f'<Relationship Id="rId{n + 1}" Type="{doc}/styles" Target="styles.xml"/>'
    rels += f'<Relationship Id="rId{n + 2}" Type="{doc}/sharedStrings" Target="sharedStrings.xml"/>'
    si = "".join(f'<si><t xml:space="preserve">{escape(t)}</t></si>' for t in teksten)
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
    alle = {
        "[Content_Types].xml": kop + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + overrides +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '</Types>',
        "_rels/.rels": kop + f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{doc}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": kop + f'<workbook {ns} {rns}><sheets>{sheets}</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": kop + f'<Relationships xmlns="{pkg}">{rels}</Relationships>',
        "xl/styles.xml": STIJLEN,
        "xl/sharedStrings.xml": kop + f'<sst {ns} count="{len(teksten)}" uniqueCount="{len(teksten)}">{si}</sst>',
        **delen,
    }
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w") as z:
        for pad, xml in alle.items():
            info = zipfile.ZipInfo(pad, date_time=(2024, 9, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if opgeslagen else zipfile.ZIP_DEFLATED
            z.writestr(info, xml.encode("utf-8"))
    return uit.getvalue()


def rijen(*regels, begin=1):
    return [(begin + i, list(r)) for i, r in enumerate(regels)]


def xlsx(naam, endpoint, bladen, fouten, **kw):
    voeg_toe(naam, endpoint, werkmap(bladen), fouten, **kw)


RK = RKOP.split(",")
OK = OKOP.split(",")
B = "Blad1"

# ---------------------------------------------------------------- realisatie, CSV

csv("realisatie-kop-kolom-ontbreekt.csv", R, "bron,categorie,onderdeel,gebiedcode,peildatum\nCOA,amv,,GM0109,2024-09-01\n",
    [fout(1, "aantal", "Kolom 'aantal' ontbreekt in de kopregel; " + VERWACHT_R)], omschrijving="ontbrekende kolom")
csv("realisatie-kop-onbekende-kolom.csv", R, "bron,categorie,onderdeel,gebied,peildatum,aantal\nCOA,amv,,GM0109,2024-09-01,5\n",
    [fout(1, "gebiedcode", "Kolom 'gebiedcode' ontbreekt"), fout(1, "gebied", "Onbekende kolom 'gebied'; " + VERWACHT_R)],
    omschrijving="verkeerde kolomnaam")
csv("realisatie-kop-dubbele-kolom.csv", R, RKOP + ",aantal\nCOA,amv,,GM0109,2024-09-01,5,5\n",
    [fout(1, "aantal", "Kolom 'aantal' staat twee keer in de kopregel.")], omschrijving="dubbele kolom")
csv("realisatie-kop-tabs.csv", R, RKOP.replace(",", "\t") + "\nCOA\tamv\t\tGM0109\t2024-09-01\t5\n",
    [fout(1, None, "De kopregel is gescheiden door tabs; sla het bestand op als CSV UTF-8 (scheidingsteken , of ;).")],
    omschrijving="tab als scheidingsteken")
csv("realisatie-latin1.csv", R, RKOP + "\nKCIO,oekraine,,GM0106,2024-09-01,5\nKCIO,oekraïne,,GM0114,2024-09-01,5\n",
    [fout(3, "categorie", "Het bestand is geen geldige UTF-8-tekst")], codering="latin-1", omschrijving="Latin-1 in plaats van UTF-8")
csv("realisatie-utf16.csv", R, "\ufeff" + RKOP + "\nCOA,amv,,GM0109,2024-09-01,5\n",
    [fout(1, None, "Het bestand is UTF-16-tekst (Unicode), geen UTF-8")], codering="utf-16-le", omschrijving="UTF-16 met BOM")
csv("realisatie-leeg.csv", R, "", [fout(1, None, "Het bestand is leeg; verwacht een kopregel met " + RKOP)], omschrijving="leeg bestand")
csv("realisatie-alleen-bom.csv", R, "\ufeff\r\n", [fout(1, None, "Het bestand is leeg")], omschrijving="alleen een BOM en een lege regel")
csv("realisatie-alleen-kop.csv", R, RKOP + "\n", [fout(1, None, "Het bestand bevat alleen een kopregel en geen gegevens.")],
    omschrijving="alleen de kopregel")
csv("realisatie-duizendtallen.csv", R,
    RKOP + "\nCOA,amv,,GM0106,2024-09-01,1.234\nCOA,amv,,GM0109,2024-09-01,1 234\nCOA,amv,,GM0114,2024-09-01,\"1,234\"\n",
    [fout(2, "aantal", "'1.234' is geen geheel getal: de punt lijkt een scheidingsteken voor duizendtallen; schrijf 1234"),
     fout(3, "aantal", "'1 234' is geen geheel getal: de spatie lijkt een scheidingsteken voor duizendtallen"),
     fout(4, "aantal", "'1,234' is geen geheel getal: de komma lijkt een scheidingsteken voor duizendtallen")],
    omschrijving="scheidingstekens voor duizendtallen")
csv("realisatie-decimalen.csv", R, RKOP.replace(",", ";") + "\nCOA;amv;;GM0106;2024-09-01;12,5\nCOA;amv;;GM0109;2024-09-01;12.5\n",
    [fout(2, "aantal", "'12,5' is geen geheel getal: het getal heeft decimalen"),
     fout(3, "aantal", "'12.5' is geen geheel getal: het getal heeft decimalen")], omschrijving="decimalen, puntkomma")
csv("realisatie-negatief.csv", R, RKOP + "\nCOA,amv,,GM0106,2024-09-01,-3\n",
    [fout(2, "aantal", "aantal is negatief (-3); verwacht een geheel getal van 0 of meer.")], omschrijving="negatief aantal")
csv("realisatie-datum-andere-notatie.csv", R,
    RKOP + "\nCOA,amv,,GM0106,2024/09/01,5\nCOA,amv,,GM0109,1-9-2024,5\nCOA,amv,,GM0114,1 september 2024,5\n",
    [fout(2, "peildatum", "'2024/09/01' is geen geldige datum: een andere notatie (jaar voorop hoort met streepjes: JJJJ-MM-DD); " + DATUMVORMEN),
     fout(3, "peildatum", "'1-9-2024' is geen geldige datum: een andere notatie (dag en maand met twee cijfers"),
     fout(4, "peildatum", "'1 september 2024' is geen geldige datum: dit is geen datum")], omschrijving="andere datumnotaties")
csv("realisatie-datum-dubbelzinnig.csv", R, RKOP + "\nCOA,amv,,GM0106,01/09/2024,5\nCOA,amv,,GM0109,01-09-24,5\n",
    [fout(2, "peildatum", "'01/09/2024' is geen geldige datum: dubbelzinnig: 1 september of 9 januari?"),
     fout(3, "peildatum", "'01-09-24' is geen geldige datum: dubbelzinnig, het jaartal heeft twee cijfers")],
    omschrijving="dubbelzinnige datums")
csv("realisatie-datum-bestaat-niet.csv", R, RKOP + "\nCOA,amv,,GM0106,2024-02-30,5\nCOA,amv,,GM0109,31-04-2024,5\n",
    [fout(2, "peildatum", "'2024-02-30' is geen geldige datum: die dag bestaat niet"),
     fout(3, "peildatum", "'31-04-2024' is geen geldige datum: die dag bestaat niet")], omschrijving="niet-bestaande dagen")
csv("realisatie-peildatum-toekomst.csv", R, RKOP + "\nCOA,amv,,GM0106,01-01-2999,5\n",
    [fout(2, "peildatum", "peildatum 2999-01-01 ligt in de toekomst")], omschrijving="peildatum in de toekomst (DD-MM-JJJJ)")
csv("realisatie-onbekend-gebied.csv", R, RKOP + "\nCOA,amv,,GM9999,2024-09-01,5\nCOA,amv,,,2024-09-01,5\n",
    [fout(2, "gebiedcode", "Onbekende gebiedcode 'GM9999'"), fout(3, "gebiedcode", "gebiedcode ontbreekt.")],
    omschrijving="onbekende en lege gebiedcode")
csv("realisatie-onbekende-bron.csv", R, RKOP + "\nIND,amv,,GM0106,2024-09-01,5\n",
    [fout(2, "bron", "Onbekende bron 'IND'; verwacht een van: KCIO, COA, TVS, Nidos.")], omschrijving="onbekende bron")
csv("realisatie-onbekende-categorie.csv", R, RKOP + "\nCOA,opvang,,GM0106,2024-09-01,5\nKCIO,asiel,regulier,GM0106,2024-09-01,5\n",
    [fout(2, "categorie", "Onbekende categorie 'opvang'"), fout(3, "categorie", "KCIO levert geen asiel; KCIO levert oekraine.")],
    omschrijving="onbekende categorie, categorie die de bron niet levert")
csv("realisatie-onderdeel.csv", R,
    RKOP + "\nCOA,asiel,opvang,GM0106,2024-09-01,5\nCOA,asiel,,GM0109,2024-09-01,5\nCOA,amv,tgo,GM0114,2024-09-01,5\n",
    [fout(2, "onderdeel", "Onbekend onderdeel 'opvang'; verwacht een van: regulier, noodopvang, tgo."),
     fout(3, "onderdeel", "onderdeel ontbreekt; asiel vraagt een van"),
     fout(4, "onderdeel", "onderdeel hoort leeg te zijn voor amv (gevonden: 'tgo').")], omschrijving="onderdelen")
csv("realisatie-dubbele-regel.csv", R, RKOP + "\nCOA,amv,,GM0109,2024-09-01,5\nCOA,amv,,GM0109,01-09-2024,6\n",
    [fout(3, None, "Dubbele regel: dezelfde telling staat al op regel 2.")], omschrijving="dubbele telling (ook in de andere datumnotatie)")
csv("realisatie-dubbeltelling-gebied.csv", R, RKOP + "\nTVS,huisvesting,,VR03,2024-09-01,5\nTVS,huisvesting,,GM0109,2024-09-01,6\n",
    [fout(3, "gebiedcode", "TVS huisvesting wordt ook geteld voor VR03 (regel 2), waar GM0109 onder valt; dat telt dubbel.")],
    omschrijving="reeks op gebied en voorouder")
csv("realisatie-te-veel-velden.csv", R, RKOP + "\nCOA,amv,,GM0109,2024-09-01,5,extra\n",
    [fout(2, None, "De regel heeft 7 velden, de kopregel 6.")], omschrijving="te veel velden")
csv("realisatie-open-aanhalingsteken.csv", R, RKOP + "\nCOA,amv,,GM0109,2024-09-01,5\nCOA,amv,,\"GM0114,2024-09-01,5\n",
    [fout(3, None, "Een aanhalingsteken (\") wordt niet gesloten.")], omschrijving="aanhalingsteken niet gesloten")
csv("realisatie-alle-fouten-tegelijk.csv", R,
    "\ufeff" + RKOP.replace(",", ";") + "\r\nCOA;amv;;GM0106;2024-09-01;5\r\nIND;amv;;GM0109;2024-09-01;5\r\n\r\n"
    "COA;amv;;GM0114;2024.09.01;5\r\nCOA;amv;;GM0118;2024-09-01;1.000\r\n",
    [fout(3, "bron", "Onbekende bron 'IND'"), fout(5, "peildatum", "'2024.09.01' is geen geldige datum"),
     fout(6, "aantal", "'1.000' is geen geheel getal")], omschrijving="BOM, puntkomma, CRLF, lege regel: elke fout in één antwoord")
csv("realisatie-te-groot.csv", R, RKOP + "\n" + "".join(f"COA,amv,,GM0109,2024-09-{1 + i % 28:02d},{i}\n" for i in range(700)),
    "Het bestand is groter dan 16.384 bytes.", status=413, omschrijving="groter dan Regiemonitor:MaxImportBytes (16 KB in de test)")
csv("realisatie-te-groot-zonder-lengte.csv", R, RKOP + "\n" + "".join(f"COA,amv,,GM0106,2024-08-{1 + i % 28:02d},{i}\n" for i in range(700)),
    "Het bestand is groter dan 16.384 bytes.", status=413, zonder_lengte=True, omschrijving="te groot, verstuurd zonder Content-Length (chunked)")

# ---------------------------------------------------------------- realisatie, XLSX

xlsx("realisatie-formule.xlsx", R, [(B, rijen(RK, ["COA", "amv", None, "GM0106", Datum("2024-09-01"), Formule("2+3", 5)]))],
     [fout(2, "aantal", "Cel F2 bevat een formule; sla de waarde op.", B)], omschrijving="formule in een cel")
xlsx("realisatie-onbekend-blad.xlsx", R, [(B, rijen(RK, ["COA", "amv", None, "GM0106", Datum("2024-09-01"), 5]))],
     [fout(1, None, "Werkblad 'Cijfers' bestaat niet; de werkmap bevat: 'Blad1'.")], blad="Cijfers", omschrijving="onbekend werkblad")
voeg_toe("realisatie-kapot.xlsx", R, werkmap([(B, rijen(RK, ["COA", "amv", None, "GM0106", Datum("2024-09-01"), 5]))])[:700],
         [fout(1, None, "Het bestand is geen leesbare Excel-werkmap (.xlsx)")], omschrijving="afgebroken ZIP-pakket")
csv("realisatie-geen-zip.xlsx", R, RKOP + "\nCOA,amv,,GM0106,2024-09-01,5\n",
    [fout(1, None, "Het bestand is geen leesbare Excel-werkmap (.xlsx): het is geen ZIP-pakket of het is beschadigd.")],
    content_type=XLSX, omschrijving="CSV-tekst met het XLSX-inhoudstype")
xlsx("realisatie-leeg-blad.xlsx", R, [(B, [])], [fout(1, None, "Werkblad 'Blad1' is leeg; verwacht een kopregel met " + RKOP, B)],
     omschrijving="leeg werkblad")
xlsx("realisatie-alleen-kop.xlsx", R, [(B, rijen(RK))], [fout(1, None, "Het bestand bevat alleen een kopregel en geen gegevens.", B)],
     omschrijving="werkblad met alleen de kopregel")
xlsx("realisatie-kop-fout.xlsx", R, [(B, rijen(["bron", "categorie", "onderdeel", "gemeente", "peildatum", "aantal"],
                                               ["COA", "amv", None, "GM0106", Datum("2024-09-01"), 5], begin=3))],
     [fout(3, "gebiedcode", "Kolom 'gebiedcode' ontbreekt", B), fout(3, "gemeente", "Onbekende kolom 'gemeente'", B)],
     omschrijving="verkeerde kop op rij 3")
xlsx("realisatie-getallen.xlsx", R, [(B, rijen(RK, ["COA", "amv", None, "GM0106", Datum("2024-09-01"), "1.234"],
                                                ["COA", "amv", None, "GM0109", Datum("2024-09-01"), 12.5],
                                                ["COA", "amv", None, "GM0114", Datum("2024-09-01"), -3],
                                                ["COA", "amv", None, "GM0118", Datum("2024-09-01"), "12,5"]))],
     [fout(2, "aantal", "'1.234' is geen geheel getal: de punt lijkt een scheidingsteken voor duizendtallen", B),
      fout(3, "aantal", "'12.5' is geen geheel getal: het getal heeft decimalen", B),
      fout(4, "aantal", "aantal is negatief (-3)", B),
      fout(5, "aantal", "'12,5' is geen geheel getal: het getal heeft decimalen", B)], omschrijving="getallen als tekst en als getal")
xlsx("realisatie-datums.xlsx", R, [(B, rijen(RK, ["COA", "amv", None, "GM0106", "2024/09/01", 5],
                                              ["COA", "amv", None, "GM0109", 45536, 5],
                                              ["COA", "amv", None, "GM0114", Datum("2999-01-01", 2), 5],
                                              ["COA", "amv", None, "GM0118", "01/09/2024", 5]))],
     [fout(2, "peildatum", "'2024/09/01' is geen geldige datum: een andere notatie", B),
      fout(3, "peildatum", "'45536' is geen geldige datum: het is een getal", B),
      fout(4, "peildatum", "peildatum 2999-01-01 ligt in de toekomst", B),
      fout(5, "peildatum", "'01/09/2024' is geen geldige datum: dubbelzinnig: 1 september of 9 januari?", B)],
     omschrijving="datum als tekst, getal zonder datumopmaak, toekomstige datumcel")
xlsx("realisatie-foutwaarde.xlsx", R, [(B, rijen(RK, ["COA", "amv", None, "GM0106", Datum("2024-09-01"), Foutwaarde("#N/A")]))],
     [fout(2, "aantal", "Cel F2 bevat de foutwaarde #N/A; vul een waarde in.", B)], omschrijving="foutwaarde in een cel")
xlsx("realisatie-tweede-blad.xlsx", R,
     [("Toelichting", rijen(["Dit blad wordt niet gelezen"])),
      ("Realisatie", [(1, RK), (2, ["COA", "amv", None, "GM0106", Datum("2024-09-01"), 5]),
                      (5, ["COA", "amv", None, "GM9999", Datum("2024-09-01"), 5]), (6, ["Nidos", "nidos", None, "GM0109", Datum("2024-09-01")])])],
     [fout(5, "gebiedcode", "Onbekende gebiedcode 'GM9999'", "Realisatie"), fout(6, "aantal", "aantal ontbreekt", "Realisatie")],
     blad="Realisatie", omschrijving="benoemd tweede werkblad, rijnummers met gaten")
xlsx("realisatie-dubbel.xlsx", R, [(B, rijen(RK, ["COA", "amv", None, "GM0109", Datum("2024-09-01"), 5],
                                              ["COA", "amv", None, "GM0109", "01-09-2024", 5]))],
     [fout(3, None, "Dubbele regel: dezelfde telling staat al op regel 2.", B)], omschrijving="dubbele telling: datumcel en tekst")

# ---------------------------------------------------------------- opgaven, CSV

csv("opgaven-kop-besluit-ontbreekt.csv", O, "categorie,gebiedcode,startdatum,startwaarde,einddatum,eindwaarde\namv,GM0109,2024-01-01,1,2025-01-01,2\n",
    [fout(1, "besluit", "Kolom 'besluit' ontbreekt in de kopregel")], omschrijving="ontbrekende kolom")
csv("opgaven-kop-hoofdletters-dubbel.csv", O, "Categorie,GEBIEDCODE,startdatum,startwaarde,einddatum,eindwaarde,besluit,categorie\n"
    "amv,GM0109,2024-01-01,1,2025-01-01,2,x,amv\n",
    [fout(1, "categorie", "Kolom 'categorie' staat twee keer in de kopregel.")], omschrijving="kolomnamen in hoofdletters, dubbele kolom")
csv("opgaven-overlap.csv", O, OKOP + "\nhuisvesting,GM0109,2024-01-01,1,2025-01-01,2,x\nhuisvesting,GM0109,2024-06-01,1,2025-06-01,2,x\n",
    [fout(3, "startdatum", "De periode 2024-06-01 tot 2025-06-01 overlapt met regel 2 (2024-01-01 tot 2025-01-01)")],
    omschrijving="overlappende periodes in het bestand")
csv("opgaven-overlap-opgeslagen.csv", O, OKOP + "\nasiel,GM0106,01-06-2024,1,01-06-2025,2,x\n",
    [fout(2, "startdatum", "overlapt met de opgeslagen periode uit batch")], omschrijving="overlap met een opgeslagen periode")
csv("opgaven-einddatum-voor-start.csv", O, OKOP + "\nhuisvesting,GM0109,2024-07-01,1,2024-01-01,2,x\nhuisvesting,GM0114,2024-07-01,1,01-07-2024,2,x\n",
    [fout(2, "einddatum", "einddatum 2024-01-01 ligt niet na startdatum 2024-07-01."),
     fout(3, "einddatum", "einddatum 2024-07-01 ligt niet na startdatum 2024-07-01.")], omschrijving="einddatum voor of op startdatum")
csv("opgaven-dubbele-periode.csv", O, OKOP + "\nhuisvesting,GM0109,2024-01-01,1,2025-01-01,2,x\nhuisvesting,GM0109,01-01-2024,1,01-01-2025,2,x\n",
    [fout(3, "startdatum", "Dubbele periode: huisvesting voor GM0109 vanaf 2024-01-01 staat ook op regel 2.")],
    omschrijving="dubbele periode")
csv("opgaven-onbekend.csv", O, OKOP + "\noekraïne,VR03,2024-01-01,1,2025-01-01,2,x\nhuisvesting,GM9999,2024-01-01,1,2025-01-01,2,x\n",
    [fout(2, "categorie", "Onbekende categorie 'oekraïne'"), fout(3, "gebiedcode", "Onbekende gebiedcode 'GM9999'")],
    omschrijving="onbekende categorie en gebiedcode")
csv("opgaven-oekraine-gemeente.csv", O, OKOP + "\noekraine,GM0109,2024-01-01,1,2025-01-01,2,x\n",
    [fout(2, "gebiedcode", "De oekraine-opgave wordt per veiligheidsregio vastgesteld, niet per gemeente (GM0109).")],
    omschrijving="oekraine per gemeente")
csv("opgaven-gebied-boven-onder.csv", O, OKOP + "\nhuisvesting,PV22,2024-01-01,1,2025-01-01,2,x\nhuisvesting,GM0114,2024-01-01,1,2025-01-01,2,x\n",
    [fout(3, "gebiedcode", "huisvesting heeft al een opgave voor PV22 op regel 2; GM0114 ligt daaronder")],
    omschrijving="opgave op gebied en voorouder")
csv("opgaven-getallen.csv", O, OKOP.replace(",", ";") + "\nhuisvesting;GM0109;2024-01-01;1.234;2025-01-01;12,5;x\nhuisvesting;GM0114;2024-01-01;1 000;2025-01-01;-2;x\n",
    [fout(2, "startwaarde", "'1.234' is geen geheel getal: de punt lijkt een scheidingsteken voor duizendtallen"),
     fout(2, "eindwaarde", "'12,5' is geen geheel getal: het getal heeft decimalen"),
     fout(3, "startwaarde", "'1 000' is geen geheel getal: de spatie lijkt een scheidingsteken voor duizendtallen"),
     fout(3, "eindwaarde", "eindwaarde is negatief (-2)")], omschrijving="duizendtallen, decimalen, negatief")
csv("opgaven-datums.csv", O, OKOP + "\nhuisvesting,GM0109,01/01/2024,1,2025/01/01,2,x\nhuisvesting,GM0114,,1,1-1-25,2,x\n",
    [fout(2, "startdatum", "'01/01/2024' is geen geldige datum: een andere notatie"),
     fout(2, "einddatum", "'2025/01/01' is geen geldige datum: een andere notatie (jaar voorop"),
     fout(3, "startdatum", "startdatum ontbreekt; verwacht een datum als JJJJ-MM-DD (2024-09-01) of DD-MM-JJJJ (01-09-2024)."),
     fout(3, "einddatum", "'1-1-25' is geen geldige datum: dubbelzinnig, het jaartal heeft twee cijfers")], omschrijving="datumnotaties")
csv("opgaven-latin1.csv", O, OKOP + "\nhuisvesting,GM0109,2024-01-01,1,2025-01-01,2,Besluit café\n",
    [fout(2, "besluit", "Het bestand is geen geldige UTF-8-tekst")], codering="cp1252", omschrijving="Windows-1252")
csv("opgaven-utf16-zonder-bom.csv", O, OKOP + "\nhuisvesting,GM0109,2024-01-01,1,2025-01-01,2,x\n",
    [fout(1, None, "Het bestand is UTF-16-tekst (Unicode), geen UTF-8")], codering="utf-16-le", omschrijving="UTF-16 zonder BOM")
csv("opgaven-leeg.csv", O, "\r\n\r\n", [fout(1, None, "Het bestand is leeg")], omschrijving="alleen lege regels")

# ---------------------------------------------------------------- opgaven, XLSX

xlsx("opgaven-formule.xlsx", O, [(B, rijen(OK, ["huisvesting", "GM0109", Datum("2024-01-01"), Formule("A1", 0), Datum("2025-01-01"), 2, "x"]))],
     [fout(2, "startwaarde", "Cel D2 bevat een formule; sla de waarde op.", B)], omschrijving="formule")
xlsx("opgaven-einddatum-voor-start.xlsx", O, [("Opgaven", rijen(OK, ["huisvesting", "GM0109", Datum("2024-07-01"), 1, Datum("2024-01-01", 2), 2, "x"]))],
     [fout(2, "einddatum", "einddatum 2024-01-01 ligt niet na startdatum 2024-07-01.", "Opgaven")], omschrijving="datumcellen, einddatum voor start")
xlsx("opgaven-overlap.xlsx", O, [(B, rijen(OK, ["huisvesting", "GM0109", Datum("2024-01-01"), 1, Datum("2025-01-01"), 2, "x"],
                                            ["huisvesting", "GM0109", "01-06-2024", 1, "2025-06-01", 2, "x"]))],
     [fout(3, "startdatum", "overlapt met regel 2", B)], omschrijving="overlappende periodes, datumcel en tekst")
voeg_toe("opgaven-kapot.xlsx", O, b"PK\x03\x04" + bytes(range(256)) * 4, [fout(1, None, "Het bestand is geen leesbare Excel-werkmap (.xlsx)")],
         content_type="text/csv", omschrijving="begint als ZIP maar is kapot, verstuurd als text/csv")
voeg_toe("opgaven-leeg.xlsx", O, b"", [fout(1, None, "Het bestand is leeg; verwacht een kopregel met " + OKOP)], omschrijving="leeg bestand als XLSX")
xlsx("opgaven-onbekend.xlsx", O, [(B, rijen(OK, ["vluchtelingen", "GM0109", Datum("2024-01-01"), 1, Datum("2025-01-01"), 2, "x"],
                                             ["huisvesting", "Assen", Datum("2024-01-01"), 1, Datum("2025-01-01"), 2, "x"]))],
     [fout(2, "categorie", "Onbekende categorie 'vluchtelingen'", B), fout(3, "gebiedcode", "Onbekende gebiedcode 'Assen'", B)],
     omschrijving="onbekende categorie en gebiedcode")
xlsx("opgaven-te-veel-velden.xlsx", O, [(B, rijen(OK, ["huisvesting", "GM0109", Datum("2024-01-01"), 1, Datum("2025-01-01"), 2, "x", None, "toelichting"]))],
     [fout(2, None, "De regel heeft 9 velden, de kopregel 7.", B)], omschrijving="waarde naast de tabel")
voeg_toe("opgaven-te-groot.xlsx", O, werkmap([(B, rijen(OK, *[["huisvesting", "GM0109", Datum("2024-01-01"), i, Datum("2025-01-01"), i, "x"] for i in range(80)]))], opgeslagen=True),
         "Het bestand is groter dan 16.384 bytes.", status=413, omschrijving="werkmap groter dan de limiet")

# ---------------------------------------------------------------- good files: 201, then the same rows in another order 200

GOED_R = [["KCIO", "oekraine", None, "GM0119", Datum("2024-09-01"), 300],
          ["COA", "asiel", "regulier", "GM0119", Datum("2024-09-01"), 120],
          ["COA", "asiel", "noodopvang", "GM0119", Datum("2024-09-01", 2), 30],
          ["COA", "amv", None, "GM0119", Datum("2024-09-01"), 12],
          ["Nidos", "nidos", None, "GM0119", Datum("2024-09-01"), 7]]
GOED_O = [["asiel", "GM0119", Datum("2024-01-01"), 100, Datum("2025-01-01"), 250, "Spreidingswet"],
          ["amv", "GM0119", Datum("2024-01-01"), 10, Datum("2025-01-01"), 25, "Spreidingswet"],
          ["nidos", "GM0119", Datum("2024-01-01"), 5, Datum("2025-01-01"), 9, "Besluit 12-3"]]


def als_tekst(rij):
    """The same row as someone would type it: dates as DD-MM-JJJJ text, numbers as text."""
    def t(c):
        if isinstance(c, Datum):
            d = datetime.date(1899, 12, 30) + datetime.timedelta(days=c.serie)
            return d.strftime("%d-%m-%Y")
        return str(c) if isinstance(c, int) else c
    return [t(c) for c in rij]


goed = [
    ("realisatie-goed.xlsx", R, werkmap([("Realisatie", rijen(RK, *GOED_R))]), None),
    ("realisatie-goed-andere-volgorde.xlsx", R,
     werkmap([("Toelichting", rijen(["Zelfde rijen, andere volgorde, datums als tekst"])), ("Cijfers", rijen(RK, *[als_tekst(r) for r in reversed(GOED_R)], begin=2))]), "Cijfers"),
    ("opgaven-goed.xlsx", O, werkmap([("Opgaven", rijen(OK, *GOED_O))]), None),
    ("opgaven-goed-andere-volgorde.xlsx", O, werkmap([("Opgaven", rijen(OK, *[als_tekst(r) for r in reversed(GOED_O)]))]), None),
]
goede = []
for naam, endpoint, inhoud, blad in goed:
    with open(os.path.join(MAP, naam), "wb") as f:
        f.write(inhoud)
    g = {"bestand": naam, "import": endpoint, "contentType": XLSX}
    if blad:
        g["blad"] = blad
    goede.append(g)

with open(os.path.join(MAP, "corpus.json"), "w", encoding="utf-8") as f:
    json.dump({
        "toelichting": "Elk bestand onder 'afgewezen' moet met deze status en precies deze fouten (melding bevat de tekst) "
                       "worden afgewezen zonder dat de opslag verandert; 'goed' zijn paren: eerst 201, dan dezelfde rijen in "
                       "een andere volgorde 200 met dezelfde batch. Gemaakt door maak.py.",
        "maxImportBytes": 16384,
        "afgewezen": gevallen,
        "goed": [{"nieuw": goede[0], "zelfde": goede[1], "rijen": len(GOED_R)},
                 {"nieuw": goede[2], "zelfde": goede[3], "rijen": len(GOED_O)}],
    }, f, ensure_ascii=False, indent=1)
    f.write("\n")

print(f"{len(gevallen)} afgewezen, {len(goede)} goed")
