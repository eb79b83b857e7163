#!/usr/bin/python3
"""Writes the test workbooks of the Excel import into a folder (argument 1), inside the test run.

outcomes.xlsx   openpyxl: sheet "T1" with a title row, a blank row, then the table — numbers, a
                percent-formatted number, Swedish number text ("36,5 %", "1 320"), a date, a
                formula with a cached value, an empty row, sparse cells; sheet "T2" with a Period
                column.
refused.xlsx    as outcomes.xlsx with "mycket" as the outcome of sheet T1, row 7 (column B).
handmade.xlsx   written part by part with zipfile, the way other programs write workbooks: inline
                strings, cells without references, booleans, error values, formula text results,
                rich shared strings with a phonetic run, the 1904 date system, a custom date format.
notzip.xlsx     not a zip file.  truncated.xlsx  the first half of outcomes.xlsx.
badxml.xlsx     a zip whose sheet is not XML.
excel1904.xlsx  the 1904 date system as current Excel writes it: x15:workbookPr in extLst after it.
dotnet.xlsx     as .NET's OpenXML SDK writes: empty shared-string cells (<c t="s"/>), part names in
                other case than the relationships name them (xl/SharedStrings.xml), _xHHHH_ escapes.
sheets.xlsx     a chart sheet first, a hidden sheet second, the visible worksheet third.
twice.xlsx      the sheet part twice in the zip.   bomb.xlsx  a sheet that declares entities.
"""
import datetime
import re
import sys
import zipfile

import openpyxl

out = sys.argv[1]
TEACHERS = "Andel legitimerade förskollärare av totalt antal anställda (årsarbetare)"
PER_STAFF = "Antal barn per anställd i förskolan (årsarbetare)"
GROUP = "Antal barn per grupp"
SUMMER_JOBS = "Antal tillhandahållna platser för feriejobb"


def outcomes(path, t1_outcome_of_teachers_row7=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "T1"
    ws["A1"] = "Utfall T1 2024 – Kungsholmen, förskola"
    ws.append([])
    ws.append(["Indikator", "Utfall", "Kvinnor", "Män", "Prognos", "Analys", "Uppdaterad"])   # row 3
    ws.append([TEACHERS, 0.362, 0.371, 0.2, "36,5 %", "Fler legitimerade än i fjol.",
               datetime.date(2024, 4, 30)])                                                 # row 4
    ws["B4"].number_format = "0.0%"
    ws["C4"].number_format = "0.0%"
    ws["D4"].number_format = "0%"
    ws["G4"].number_format = "yyyy-mm-dd"
    ws.append([])                                                                           # row 5: empty
    ws.append([PER_STAFF, 5.1, None, None, "=B6"])                                           # row 6: formula
    ws.append([GROUP, "16,4", None, None, None, "Färre barn per grupp."])                   # row 7
    if t1_outcome_of_teachers_row7 is not None:
        ws["B7"] = t1_outcome_of_teachers_row7
    ws["A8"] = SUMMER_JOBS                                                                   # row 8: sparse
    ws["B8"] = "1 320"
    t2 = wb.create_sheet("T2")
    t2.append(["Indikator", "Period", "Utfall"])
    t2.append([GROUP, "T2", 16.0])
    wb.save(path)
    # openpyxl never stores a formula's computed value; Excel does. Put Excel's cached value into
    # the formula cell, as a workbook saved by Excel has it.
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet, n = re.subn(r"(<c r=\"E6\"[^>]*>)<f>B6</f>(<v\s*/>|<v></v>)?", r"\1<f>B6</f><v>5.1</v>", sheet)
    assert n == 1, sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr date1904="1"/>
<sheets><sheet name="Blad 1" sheetId="1" r:id="rIdSheet"/></sheets>
</workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdSheet" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheets/data.xml"/>
<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
STRINGS = """<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><t>Indikator</t></si>
<si><r><rPr><b/></rPr><t>Antal barn </t></r><r><t>per grupp</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>
</sst>"""
STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="[$-41D]yyyy/mm/dd;@"/><numFmt numFmtId="165" formatCode="0.00%"/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="4"/></cellXfs>
</styleSheet>"""
SHEET = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row><c t="s"><v>0</v></c><c t="inlineStr"><is><t>Utfall</t></is></c><c t="inlineStr"><is><r><t>Klar</t></r></is></c><c t="inlineStr"><is><t>Datum</t></is></c><c t="inlineStr"><is><t>Andel</t></is></c><c t="inlineStr"><is><t>Text</t></is></c></row>
<row r="4"><c r="A4" t="s"><v>1</v></c><c r="B4" s="3"><v>1320.5</v></c><c r="C4" t="b"><v>1</v></c><c r="D4" s="1"><v>43219</v></c><c r="E4" s="2"><v>0.8765</v></c><c r="F4" t="str"><f>"Ok"</f><v>Ok</v></c></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>Fel</t></is></c><c r="B5" t="e"><v>#DIV/0!</v></c><c r="F5" t="inlineStr"><is><t>sist</t></is></c></row>
<row r="6"><c r="A6"><v>-0.000001</v></c><c r="B6"><v>12345678901234567</v></c></row>
</sheetData></worksheet>"""


def handmade(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/strings.xml", STRINGS)
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/sheets/data.xml", SHEET)


outcomes(f"{out}/outcomes.xlsx")
outcomes(f"{out}/refused.xlsx", "mycket")
handmade(f"{out}/handmade.xlsx")
with open(f"{out}/notzip.xlsx", "wb") as f:
    f.write(b"Indikator;Utfall\nAntal barn per grupp;16,4\n")
with open(f"{out}/outcomes.xlsx", "rb") as f:
    whole = f.read()
with open(f"{out}/truncated.xlsx", "wb") as f:
    f.write(whole[: len(whole) // 2])
with zipfile.ZipFile(f"{out}/badxml.xlsx", "w") as z:
    z.writestr("[Content_Types].xml", CONTENT_TYPES)
    z.writestr("_rels/.rels", ROOT_RELS)
    z.writestr("xl/workbook.xml", WORKBOOK.replace(' date1904="1"', ""))
    z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
    z.writestr("xl/sheets/data.xml", "<worksheet><sheetData><row><c><v>1</v></row></sheetData>")


def package(path, workbook, rels, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        for name, data in parts:
            z.writestr(name, data)


MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
EXCEL_WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook {MAIN} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr date1904="1" defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/><extLst><ext uri="{{140A7094-0E35-4892-8432-C4D2E57EDEB5}}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>"""
ONE_SHEET_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>"""
DATE_STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>"""
EXCEL_STRINGS = """<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4"><si><t>Indikator</t></si><si><t>Datum</t></si><si><t xml:space="preserve">Rad ett_x000D_
rad två</t></si><si><t>kod_x005F_x0041_</t></si></sst>"""
EXCEL_SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>43219</v></c><c r="C2" t="s"/><c r="D2" t="s"><v>3</v></c><c r="E2" t="d"><v>2024-04-30T00:00:00</v></c></row></sheetData></worksheet>"""

package(f"{out}/excel1904.xlsx", EXCEL_WORKBOOK, ONE_SHEET_RELS,
        [("xl/worksheets/sheet1.xml", EXCEL_SHEET), ("xl/styles.xml", DATE_STYLES), ("xl/sharedStrings.xml", EXCEL_STRINGS)])
package(f"{out}/dotnet.xlsx", EXCEL_WORKBOOK.replace(' date1904="1"', ""), ONE_SHEET_RELS,
        [("xl/Worksheets/Sheet1.xml", EXCEL_SHEET), ("xl/Styles.xml", DATE_STYLES), ("xl/SharedStrings.xml", EXCEL_STRINGS)])

SHEETS_WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8"?>
<workbook {MAIN}><sheets><sheet name="Diagram" sheetId="1" r:id="rId1"/><sheet name="Dold" sheetId="2" state="hidden" r:id="rId2"/><sheet name="Data" sheetId="3" r:id="rId3"/></sheets></workbook>"""
SHEETS_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="{REL}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>"""


def inline_sheet(text):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{text}</t></is></c></row></sheetData></worksheet>"""


package(f"{out}/sheets.xlsx", SHEETS_WORKBOOK, SHEETS_RELS,
        [("xl/chartsheets/sheet1.xml", '<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
         ("xl/worksheets/sheet1.xml", inline_sheet("dold")), ("xl/worksheets/sheet2.xml", inline_sheet("synlig"))])

import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # zipfile warns of the duplicate name it is asked to write
    package(f"{out}/twice.xlsx", EXCEL_WORKBOOK, ONE_SHEET_RELS,
            [("xl/worksheets/sheet1.xml", inline_sheet("visas")), ("xl/worksheets/sheet1.xml", inline_sheet("importeras"))])
BOMB = """<?xml version="1.0"?>
<!DOCTYPE worksheet [<!ENTITY a ""><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row></sheetData></worksheet>"""
package(f"{out}/bomb.xlsx", EXCEL_WORKBOOK, ONE_SHEET_RELS, [("xl/worksheets/sheet1.xml", BOMB)])

with open(f"{out}/encrypted.xlsx", "wb") as f:  # what Excel saves with a password: an OLE compound file
    f.write(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504))

# numbers.xlsx: an elapsed time over 24 h ([h]:mm:ss), numbers beyond Excel's fixed notation, a
# negative serial in a date format.
NUMBER_STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="166" formatCode="[h]:mm:ss"/><numFmt numFmtId="167" formatCode="mm:ss.0"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="166" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="46" applyNumberFormat="1"/><xf numFmtId="167" applyNumberFormat="1"/></cellXfs></styleSheet>"""
NUMBER_SHEET = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tal</t></is></c></row><row r="2"><c r="A2" s="1"><v>1.5</v></c><c r="B2"><v>1E-31</v></c><c r="C2"><v>1.5E+21</v></c><c r="D2" s="2"><v>-5</v></c><c r="E2" s="3"><v>2.25</v></c><c r="F2" s="4"><v>0.000700231481481481</v></c></row></sheetData></worksheet>"""
package(f"{out}/numbers.xlsx", EXCEL_WORKBOOK.replace(' date1904="1"', ""), ONE_SHEET_RELS,
        [("xl/worksheets/sheet1.xml", NUMBER_SHEET), ("xl/styles.xml", NUMBER_STYLES)])
