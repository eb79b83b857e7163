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
