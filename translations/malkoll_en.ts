<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivityRepository</name>
    <message>
        <source>An activity needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity “%1”: Slutdatum %2 is before Startdatum %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity of this status no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity status is reported for T1, T2 or VB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of “%1” (%2) was changed by %3 while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a copy of “%1” before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the backup in place of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityRepository</name>
    <message>
        <source>goal %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the city&apos;s goal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal&apos;s KF goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF-indikator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the city&apos;s KF-indikator “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: KF:s årsmål “%2” here, “%3” in the city&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit “%1” here, “%2” in the city&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decimals here, %2 in the city&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another direction than the city&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a KF-indikator&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goals and %2 KF-indikatorer follow the city&apos;s; %3 not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked periods would change: %1. Decide from a later period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods of %1 are locked: %2. A change of KF:s årsmål now is a KF decision from a later period (give its date, the period and the reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city has no such KF-indikator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF:s årsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF:s årsmål of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KF decision needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KF decision needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decided KF:s årsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason of the KF decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the KF decision on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KF decision no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the KF decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF&apos;s decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityView</name>
    <message>
        <source>The store holds no KF structure of the city for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stockholm (Kolada)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Write the demo store (Kungsholmen 2024 with sample history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: give the file to write with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 years, %3 goals, %4 indicators, %5 values, %6 activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a store&apos;s schema version and how many rows each entity has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info: give one store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this Målkoll: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” exists; use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every indicator&apos;s status, every goal&apos;s assessment beside its suggestion, every finding and the economy, for one year and period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year (default: the latest in the store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1, T2 or VB (default: T1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this committee (name, short name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sv or en: the language of statuses and reasons (default: sv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: give one store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: --lang must be sv or en, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: no committee “%1” in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: the store has no goals for that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a city-scale store for load tests: committees × years with indicators, activities, values and assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of committees (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of years up to 2024 (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 20241).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: give the file to write with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: --committees, --years and --seed take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 committees, %3 goals, %4 indicators, %5 values, %6 activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee (name, short name or id; default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit report: only this unit&apos;s indicators, activities and assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this inriktningsmål (its number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an appendix of the indicators not met, worst first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: give one store file and --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: no unit “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: no inriktningsmål “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a trend chart for every indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --period must be T1, T2 or VB, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a stream of edits for the crash-safety harness: each edit is one transaction and is printed as soon as it is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of edits (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stress: give one store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stress: the store has no tertial indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a verksamhetsplan or a follow-up report in text form (tab-separated tables extracted from the PDF) into a store, in one transaction. Importing it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report as text (UTF-8 or Windows-1252).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file (created if it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list everything read, with its line number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-report: give one report file and --store STORE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-report: nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a store to a new file with SQLite&apos;s online backup: a consistent copy, safe while the program has the store open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy to write (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: give the store file and the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the store as CSV, one file per table: all of it, or one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into (created if missing; must not hold the files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excel (semicolon, decimal comma; default) or comma (comma, decimal point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: give one store file and --out FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --dialect must be excel or comma, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 files, %2 rows, to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --year must be a year such as 2024, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: “%1” exists; use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the report&apos;s committee when the store holds other committees but not this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-report: nothing was imported: the report is for “%1”, which the store does not have. Import it as a new committee only if that is right (--new-committee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --date must be a date such as 2024-05-20, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee the report is for, over what its title says or Målkoll guesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s year, over its title or the guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s period: VP, T1, T2 or VB, over its title or the guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit&apos;s own report: the unit whose values, assessments and activities it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-report: --period must be VP, T1, T2 or VB, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new year&apos;s plan from an earlier year: goals, indicators (targets to review) and the activities that continue. The earlier year is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee (name, short name or id; default: the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new-year: give one store, --from YEAR and --to YEAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new-year: name the committee with --committee (the store has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new-year: nothing was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from %3: %4 goals, %5 indicators (targets to review), %6 continuing activities (%7 ended in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VP (the verksamhetsplan), T1, T2 or VB (default: T1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --period must be VP, T1, T2 or VB, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsv, text or xlsx (default: text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (needed for xlsx: one sheet per table, numbers as numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n sheet(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write the committee&apos;s report (tertialrapport or verksamhetsberättelse) as PDF, or as OpenDocument text when FILE ends in .odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: FILE.pdf, or FILE.odt for a document to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (OpenDocument text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (a folder of files; default) or xlsx (one workbook, --out FILE.xlsx, one sheet per table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workbook if it exists (xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --format must be csv or xlsx, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 sheets, %3 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --sheet is for an Excel workbook (.xlsx), and “%2” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import outcomes from a CSV file or an Excel workbook, as the import dialog does: columns found by their headers (Indikator, Period, Utfall, Män, Kvinnor, Prognos, Analys), every row checked first, then all rows written in one transaction or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file or .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1, T2 or VB for rows without a Period column (default: the first open period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and show the changes; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the good rows and leave the refused ones (default: nothing is written while any row is refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-outcomes: give a store file and a CSV or .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>import-outcomes: %n row(s) refused; nothing was written (--skip-bad writes the good rows).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n value row(s) would change, %1 already as in the file; nothing was written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>import-outcomes: nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n value row(s) into %1 %2 (%3 already as in the file).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused and left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Link an indicator (all its years) to a Kolada KPI and the municipalities or the unit to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator&apos;s name in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KPI id, such as N15033; empty removes the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A municipality id (0180 Stockholm, 0000 riket); may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kolada unit id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every linked indicator&apos;s Kolada series and keep it in the store with the fetch date (--year: that year only; default: every year of the series).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolada&apos;s address (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the values of a saved Kolada answer (JSON) in the store, for work offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored Kolada values of the linked indicators, as TSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolada: give link, fetch, import or list, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolada import: give a store file and a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolada %1: give one store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolada import: cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolada import: %1 Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolada import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 Kolada values from %2: %3 new, %4 revised, %5 as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolada link: %1 has no indicator “%2” in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolada link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer linked to Kolada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is linked to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolada fetch: no indicator of %1 %2 is linked to Kolada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolada fetch: --timeout must be a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Kolada has no values of %2 for these years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 values of %3 (%4 new, %5 revised, %6 as before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such committee in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no goals for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a whole store — a file onto a server, or a server&apos;s store into a file (an offline copy, a backup) — in one transaction, verified by counting every table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store to copy: a file or postgresql://[user@]host[:port]/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty store to write: a new file, or an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-store: give the store to copy and the store to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-store: “%1” exists; copy into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3; every table counted on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://[user@]host[:port]/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server-init: give the server store as postgresql://[user@]host[:port]/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s login name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds a password, which every user of this computer could read on the command line. Give it in PGPASSWORD or in a password file (~/.pgpass, or PGPASSFILE), or log in with Kerberos (GSSAPI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a PostgreSQL database a Målkoll store: the schema, the server&apos;s own checks, the database&apos;s owner role and its own roles DB:controller, DB:enhetschef and DB:reader with their grants. Run it as a superuser or the cluster&apos;s provisioning role; run it again after an upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Målkoll store at schema %2, owned by the role %3 (nobody logs in as it), with the roles %4, %5 and %6. Add people with “malkoll-cli user add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enhetschef&apos;s unit: its number, “Nämnd/Enhet”, or a name only one committee has; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store economy tables whose lines do not add up to their own Totalt or Summa (listed otherwise, not stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stored as read: --accept-unreconciled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s date, YYYY-MM-DD (default: the date of the imported report, else today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolada import: “%1” is a list of %2 KPIs, municipalities or units, not an answer with values. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s view of one period: every committee against KF&apos;s goals and KF-indikatorer (outcome, prognos helår, Årsmål, KF:s årsmål, status, the spread), the committees&apos; assessments of KF&apos;s goals beside the suggestions, and every committee&apos;s reporting round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file or server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year (default: the city&apos;s latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (needed for xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sv or en (default: sv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First attach every committee&apos;s plan of the year to the city&apos;s KF structure (by number and title; the first committee&apos;s becomes the city&apos;s when the city has none), and list what did not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city: give one store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city: --lang must be sv or en, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city --attach: give the year with --year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 KF goals and %3 KF-indikatorer follow the city&apos;s%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the city&apos;s structure of %1 was taken from this plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the city&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city: the store holds no KF structure of the city; attach the committees&apos; plans with --attach --year Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set KF:s årsmål of a KF-indikator once for every committee — as adopted in the budget, or as a KF decision during the year (--decided, --from, --reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KF-indikator (its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF:s årsmål as the budget writes it: “80 %”, “Öka”, “Max 10”, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of KF&apos;s decision during the year (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first period the decision applies to: T1, T2 or VB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kf-target: give a store, --year, --indicator and --target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kf-target: give the year with --year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kf-target: a KF decision during the year needs --decided YYYY-MM-DD, --from T1|T2|VB and --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kf-target: --target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kf-target: the city has no KF-indikator “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kf-target: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>KF:s årsmål of “%1” is “%2” from %3 %4 (decided %5), in %n committee(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KF:s årsmål of “%1” %2 is “%3”, in %n committee(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: --format must be tsv, text or xlsx, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --format xlsx writes a file; name it with --out FILE.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the titles of %1 municipality groups from %2 (%3 new or changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add URL LOGIN --role enhetschef|controller|reader --committee NAME [--unit NAME]…, or --role stad (stadsledningskontoret: reads every committee, writes the city&apos;s KF structure): let a person log in to the server store with their own role. Målkoll keeps no password: set one with psql&apos;s \password, or use the city&apos;s Kerberos (GSSAPI). user remove URL LOGIN: the person no longer logs in to this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enhetschef, controller, reader or stad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s committee (name, short name or id); a controller of a store of several committees needs it. Repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user: write “user add postgresql://host/db LOGIN --role enhetschef|controller|reader|stad [--committee NAME] [--unit NAME]…” or “user remove postgresql://host/db LOGIN”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add: --role must be enhetschef, controller, reader or stad (not “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-store: %1 has no committee “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 with the city&apos;s KF structure of its years from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-store: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined %2: %3 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back in %2: %3 rows new, %4 written over, %5 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the city&apos;s KF structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One committee: out of a city store into a new file (with the city&apos;s KF structure of its years), or from its own file back into the city store (its rows there replaced by the file&apos;s; a committee the city has not joins it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report --city: the city&apos;s report is of a follow-up period: T1, T2 or VB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report --city: the store holds no KF structure of the city (see malkoll-cli city --attach).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s report instead (stadsledningskontoret&apos;s): every committee against KF&apos;s goals and KF-indikatorer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeCopy</name>
    <message>
        <source>“%1” is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds data already (%2 rows in “%3”); a committee is copied only into an empty store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: no rule for the committee&apos;s rows of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not made: %1 rows of “%2” read, %3 written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no committee %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no committee “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds several committees: a committee comes back from a file of its own (copy-store … --committee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the committee “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: a row of “%2” refers to %3 %4, which the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows new, %2 written over, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8: choose Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed (a &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists already; it was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1, row %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists already in “%2”; choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: cannot move “%1” into “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>%1, field “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo dataset has an unknown format (expected “malkoll-demo/1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periods: unknown period “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>economy: unknown period “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data loaded: %1 indicators, %2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1: cannot read the assessment for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator “%1” under goal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, Årsmål: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, KF:s årsmål: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, årsmål change: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown period “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity “%1” under goal %2: Startdatum and Slutdatum must be dates (ÅÅÅÅ-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity “%1”: cannot read the status for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>economy, line “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resultatenhet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the demo dataset “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo dataset is not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EconomyRepository</name>
    <message>
        <source>A budget line needs the name of its verksamhetsområde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget line “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resultatenhet line needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultatenhet “%1”: bruttobudget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resultatenhet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An investment line needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the investment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileBeside</name>
    <message>
        <source>“%1” exists; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Assessment differs from the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity past its end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF annual target not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation without analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 is assessed “%2” but its parts suggest “%3” (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no outcome for %2 %3 and no reason why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not reach its annual target (%2) but has no analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: KF&apos;s annual target is still “%2” at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ended %2 but is still reported on track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” deviates but has no analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure in an analysis disagrees with the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says “%2”, but the economy table shows %3 of %4 in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deficit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis of goal %1 says “%2”, but the goal has %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis of “%1” says “%2”, but the indicator&apos;s outcome is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>--committees must be between 1 and 1000, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years must be between 1 and 50, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalRepository</name>
    <message>
        <source>Goal %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal “%1” needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 needs a parent goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal of this assessment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment of goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected results of goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis of goal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>An indicator needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator “%1”: decimals must be between 0 and 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator “%1”: the tolerance must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indicator “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An årsmål change needs the date of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An årsmål change needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator of this årsmål change no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the årsmål change of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator “%1”: the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator “%1”: Årsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator “%1”: KF:s årsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator “%1”: the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decided årsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason of the årsmål change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The årsmål change of “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the city&apos;s KF-indikator “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kolada</name>
    <message>
        <source>%1 is not a Kolada answer: the JSON is broken at character %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kolada answer: it has no list of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: value %2 has no KPI, area or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: value %2 has the gender “%3”, not T, K or M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: value %2 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KoladaClient</name>
    <message>
        <source>“%1” is not a web address Målkoll can ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolada did not answer within %1 seconds (%2). Try again later, or import a saved answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolada does not know what was asked for (404): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolada answered with an error (%1 %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolada could not be reached: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolada&apos;s answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KoladaRepository</name>
    <message>
        <source>“%1” is not a Kolada KPI id: a capital letter and five digits, such as N15033.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Kolada unit id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a municipality (such as 0180) or a unit to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Kolada link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Kolada value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a municipality id: four digits, such as 0180 (Stockholm) or 0000 (riket), or a group such as G33612.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Kolada group&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementRepository</name>
    <message>
        <source>The indicator of this value no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are entered for T1, T2 or VB, not for the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: give a reason why the value is not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not split by men and women.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2) was changed by %3 while you were editing it. Reload to see the new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewYear</name>
    <message>
        <source>The new year (%1) must come after the year it starts from (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than five years after %2: start the plan from a nearer year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no goals to start %2 from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started from %2: %3 goals, %4 indicators, %5 activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a plan; a new year is made only once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>The committee needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s short name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeImport</name>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men/boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women/girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-year forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to Indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to a value (outcome, men, women, forecast or analysis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells, the header has %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator: the cell is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator: “%1” is not an indicator of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator: “%1” is under more than one goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: “%1” is not T1, T2 or VB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” %2 is on line %3 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a number with a decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not split by men and women.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s); correct them and read it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodRepository</name>
    <message>
        <source>the period %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is already locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for unlocking the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is locked by %3 (%4); unlock it before changing its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förslag till beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handläggare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telephone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message>
        <source>“%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still named by indicators, activities, goals or resultatenheter; give them another unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) under it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n årsmål decision(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity status(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 has economy lines already; start from %3 only into an empty period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no economy lines to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) copied into %1 %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move goal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportImporter</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the indicator&apos;s goal %2 was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the activity&apos;s goal %2 was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 new, %3 changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  goals:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  assessments:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  indicators:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  values:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Utfall VB %1:     %2 stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  activities:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  activity status:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  economy lines:    %1 verksamhetsområden, %2 resultatenheter, %3 investments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rejected lines:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    line %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  checks that failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  tables not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  nothing changed: the store already holds this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report is for “%1”, which the store does not have (it has %2). Import it as a new committee only if that is right (malkoll-cli: --new-committee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  new committee:    %1 (it was not in the store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report does not say which committee it is for, and the store has %1 committees. Say which (malkoll-cli: --committee NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee “%1”: the only one in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no document title such as “Tertialrapport 1 2024 för Kungsholmens stadsdelsnämnd” or “Verksamhetsplan 2021 för …”, and its text does not tell the %1. Say it (malkoll-cli: --committee NAME --year YEAR --period VP|T1|T2|VB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 imported from %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the report of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  guessed:          %1 — not in the title; --committee/--year/--period override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  unit&apos;s report:    %1%2: its values, assessments and activities are the unit&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  implied goals:    %1 — not named in the report, made from the numbers below them; give their titles in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  matched by title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  economy:          the unit&apos;s economy lines are not imported into the committee&apos;s economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  goal analyses:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  texts:            %1 summary and title block, %2 sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not stored:       %1 economy lines in tables that do not add up to their own total (--accept-unreconciled stores them as read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  city&apos;s KF goals:  taken from this plan (%1 goals and KF-indikatorer); other committees attach to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  city&apos;s KF goals:  %1 goals and KF-indikatorer now follow the city&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    not in the city&apos;s KF structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    the city&apos;s holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportParser</name>
    <message>
        <source>goal number %1 does not fit the level “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table Målkoll does not hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity without Startdatum and Slutdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Analys row before any indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of text in an indicator table that is neither an indicator nor its analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indicator before any goal heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells after the indicator name, the table has %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “Period”: “%1” is neither Tertial nor År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Analys row before any activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatum and Slutdatum must be two dates (ÅÅÅÅ-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity before any goal heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity without a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slutdatum %1 is before Startdatum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelse %1 in the report, %2 from the line&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netto %1 in the plan, %2 from Kostnader and Intäkter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table Målkoll does not hold: investments by project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal heading without a goal after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one date (“%1”) where Startdatum and Slutdatum are expected: Slutdatum is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dates (%2) where Startdatum and Slutdatum are expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not a date (ÅÅÅÅ-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “%1”: %2 characters, at most %3 are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line that begins like a document title but names no committee (%1 characters after “för”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Analys row below the indicator row on line %1, which was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Analys row below the activity row on line %1, which was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: the control character U+%2 was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table row with no table header above it that Målkoll reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee “%1” from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from the Period column “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 from the Period column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 from the column of last year&apos;s outcome “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from the date %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal heading without a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “%1” of the indicator table has no place in Målkoll; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “%1” of the economy table has no place in Målkoll; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells for %2 columns: a lost empty cell inferred, every value in its one possible column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells for %2 columns: the row is read on the cells that can be placed; the column of %3 is uncertain, so they are not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 read, %3 not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>economy lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the economy&apos;s summary table (Anslag, Kostnader, Intäkter, the prognosis before and after resultatdispositioner): Målkoll computes it from the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read “%1” as part of the line above: only then do the lines add up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read “%1” as a line of its own: only then do the lines add up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in the report&apos;s %3, %4 from the %5 lines above (a difference of %6); the table&apos;s %7 lines are not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an economy table without Totalt: its lines could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investments, %1: %2 in the report&apos;s %3, %4 from the lines above; the table&apos;s %5 lines are not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultatöverföring: %1 in the report&apos;s %2, %3 from the %4 resultatenheter above; not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lines of “%1” are read already as its parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table breaks down “%1”: its %2 %3 equals that line of the main table, so its lines are that area&apos;s parts, not areas of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table of one area&apos;s parts whose %1 %2 matches no line of the main table; its %3 lines are not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fidelity: %1 % of %2 table lines read; %3; %4; %5; %6; %7; %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “%1” of the plan&apos;s budget checks its Netto; not stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Cannot start drawing the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1” as OpenDocument text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRound</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is marked not reported but has no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may only read this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit has nothing to report for %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be submitted yet:
• %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a controller approves or returns a unit&apos;s part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted part can be approved (this one is “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be done: a returned part needs a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted or approved part can be returned (this one is “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundRepository</name>
    <message>
        <source>Someone else changed this unit&apos;s round meanwhile (it is now “%1”); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>the table “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1.%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lacks %1, which schema %2 has</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionRepository</name>
    <message>
        <source>A section needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the section “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>“%1” is not a server address; write postgresql://[user@]host[:port]/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no valid port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no database; write postgresql://[user@]host[:port]/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused setting up “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a login name Målkoll accepts (letters, digits, _ . @ -; at most 63).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enhetschef needs at least one unit (--unit NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an enhetschef has units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit “%1” in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now log in to %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: Målkoll does not pass on “%2”; it takes host, port, user, dbname, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: sslmode is one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: channel_binding is one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: a certificate&apos;s file name may not hold ; or &apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a superuser, so these were left for the cluster&apos;s superuser to run: in %1 “REVOKE EXECUTE ON FUNCTION lo_create(oid), lo_creat(integer), lo_from_bytea(oid, bytea), lo_put(oid, bigint, bytea) FROM PUBLIC”; once for the cluster “REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1 FROM PUBLIC”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no roles yet: run “malkoll-cli server-init %1” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names %2 units (%3); give its number or “Nämnd/Enhet”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no login “%1” on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer log in to %2 (the login itself stays for the other committees it may have).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be enhetschef, controller, reader or stad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stad (stadsledningskontoret) reads every committee and has no committee of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no stad role yet: run “malkoll-cli server-init %1” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no one committee “%1” in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store holds several committees: name the controller&apos;s with --committee NAME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>There is no committee with id %1 in the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The store “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Målkoll store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer Målkoll (schema %2; this version reads up to %3). Update Målkoll to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the store to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction on “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error preparing a query (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tolerance must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was not upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up “%1” to “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only and cannot be opened: it needs to be upgraded to schema %2 first (it is at %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table “%1” to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it from a backup (there is none in “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Målkoll store (not an SQLite database); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged or cannot be read (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite file but not a Målkoll store; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an empty database, not a Målkoll store; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store “%1” is read-only for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it from a backup: the newest is “%1” (File → Restore from a backup…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Målkoll store; it was left as it is. Create a store with File → New store…, “malkoll-cli demo” or an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” holds other tables and is not a Målkoll store; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is empty, not a Målkoll store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened for reading: it is at schema %2, this version reads up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server store is backed up by the server (pg_dump), or copied to a file with “malkoll-cli copy-store %1 FILE”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds data already (%2 rows in “%3”); copy-store writes only into an empty store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not made: “%1” has %2 rows in “%3”, the copy %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målkoll reaches a server over the network only with TLS and checks its certificate (sslmode=verify-full): give the city&apos;s root certificate with ?sslrootcert=FILE, or choose another sslmode in the address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwedishNumber</name>
    <message>
        <source>No number given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number. Write it as in “1 320,5” (decimal comma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number: unexpected “%2” after %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: this indicator has no unit, remove “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the unit is %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large: Målkoll takes values up to 1 000 000 000 000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetText</name>
    <message>
        <source>Cannot read the target “%1”: expected a number with its unit, Öka/Minska, Max/Minst N, +/- N, “N % relativt ÅÅÅÅ”, “Tas fram av nämnd” or “Fastställs ÅÅÅÅ”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>%1: character %2 is a control character (U+%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 MB; a text Målkoll reads is at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a text file: line %2, column %3 holds the control character U+%4, and %5 more follow in its beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is too large; Målkoll takes values up to 1 000 000 000 000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>no values yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome VB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men/boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women/girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-year forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: Kolada (RKA)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 “%4” → “%5”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the sheet “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>“%1” is not an Excel workbook (.xlsx): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: its part “%2” is not valid XML (line %3: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook (.xlsx): it has no workbook part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no sheet “%2”; its sheets are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, sheet “%2”: row %3 comes after row %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, sheet “%2”, row %3: the cell reference “%4” is not in the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, sheet “%2”, row %3: more than %4 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, sheet “%2”, cell %3%4: the shared string %5 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is password-protected (or an old .xls file): open it in Excel, remove the password, save it as .xlsx and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is refused: its part “%2” declares a DTD or entities, which no workbook needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no visible worksheet; choose one of its sheets: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the sheet “%2” is a chart, not a worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 An Excel workbook (.xlsx) is a zip file of XML parts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Zip</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its table of contents is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part “%1” is larger than Målkoll reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part “%1” cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part “%1” is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1” into “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds the part “%1” twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Goal and indicator follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled demo store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at this period (T1, T2 or VB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at this goal number, e.g. 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the gaps and findings view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the import of outcomes from this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Connect to a server… at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on this view: entry, gaps, overview, economy, plan, round or city.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::ActivityTableModel</name>
    <message>
        <source>KF activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(past end date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis required for a deviation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::CityTab</name>
    <message>
        <source>&amp;KF indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee, goal or indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF:s årsmål of the chosen KF indicator, once for every committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store to see the city&apos;s view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n committee(s) against the city&apos;s KF goals and KF indicators.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from %2 in %3 to %4 in %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no committee has a full-year outcome yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-year outcomes of %1, a line per committee. %2. KF:s årsmål %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend chart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF:s årsmål of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF:s årsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF:s årsmål of “%1” %2, for every committee (as the budget writes it: “80 %”, “Öka”, “Max 10”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;t KF:s årsmål…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend chart of the KF indicator, a line per committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KF indicator chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A committee&apos;s shared store on PostgreSQL. You log in as yourself: what you may change (your units&apos; values, or the plan as a controller) is decided by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. malkoll.stockholm.se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kungsholmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty with Kerberos or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målkoll never saves the password; it is used for this connection only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the database and your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt without verifying the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the root certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A socket folder on this computer: nothing goes over the network, so there is nothing to encrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målkoll talks to the server only over TLS, and only when its certificate is signed by the root certificate and names the server “%1”. Otherwise it stops before sending the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målkoll talks to the server only over TLS and only when its certificate is signed by the root certificate; the name in the certificate is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, but the server is not verified: another machine pretending to be the server would receive your password. Use this only on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::EconomyView</name>
    <message>
        <source>Area (mnkr net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast before transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast after transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result unit (tkr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 % of gross budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget and forecast per area (mnkr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount in Swedish (e.g. 1 424,3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verksamhetsområde:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the area the varav line is part of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New varav line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the area (varav):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New result unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultatenhet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment (mnkr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the line up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the line down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verksamhetsområden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget and outcome per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget and forecast per area, chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget lines for the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: budget %2, forecast %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget and forecast per area (mnkr): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;varav line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New result &amp;unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;investment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the p&amp;revious period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::EntryDelegate</name>
    <message>
        <source>Enter saves, Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::EntryView</name>
    <message>
        <source>The period is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unit has no indicators or activities under this goal. Choose another goal in the tree, or clear “Only my unit” to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal has no indicators or activities of its own: they are under the goals below it. Choose one of those in the tree, or tick “Include sub-goals” to see them all here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tivities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goa&amp;l assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::GapTableModel</name>
    <message>
        <source>KF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-year forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::GapView</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF and committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With or without findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators against their årsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by KF or committee indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::GoalPanel</name>
    <message>
        <source>The analysis of the assessment; saved when you leave the field (or Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store with File → Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The assessment “%1” differs from the suggestion “%2”. Explain why in the analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analys&amp;is:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::GoalTreeModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::HelpDialog</name>
    <message>
        <source>Målkoll – manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::HistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change has been recorded for this indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::IndicatorTableModel</name>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>♀ Gender-equality relevant indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by decision %1 (from %2): %3
Original årsmål: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written in the plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome men/boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome women/girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome VB %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-year forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator on this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an outcome; remove it before marking the value as not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the outcome in %1, e.g. “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome against Årsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast against Årsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast against KF:s årsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly met: at most %1 % short of the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend against the same period last year (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason here marks the value as not reported (not the same as zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported – reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome VB the year before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::KoladaDialog</name>
    <message>
        <source>Kolada – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality ids, separated by commas: 0180 Stockholm, 0000 riket, 1480 Göteborg, 1280 Malmö …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of the KPI&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Kolada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a &amp;KPI by title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipalities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or a &amp;unit (Kolada&apos;s ou id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch the series now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Kolada…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolada has no KPI with those words in its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give the KPI first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching from Kolada…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolada has no values of %1 for these years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values: %2 new, %3 revised by Kolada, %4 as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::Line</name>
    <message>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::LockDialog</name>
    <message>
        <source>Lock the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 locked (e.g. decided by the committee)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 opened again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::MainWindow</name>
    <message>
        <source>Målkoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Målkoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Målkoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Målkoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Målkoll %1&lt;/h3&gt;&lt;p&gt;Goal and indicator follow-up for the City of Stockholm&apos;s committees: outcomes, forecasts, assessments, and the committee&apos;s report.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Målkoll starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the indicators and activities of every goal below the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only what your unit is responsible for (Settings → My unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit you enter values for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposals and summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals and summary – %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock the period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking and unlocking a period is for controllers (Settings → Role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) – Målkoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;sections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the &amp;verksamhetsplan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the document – %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the report&apos;s sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server store: %1 (logged in as %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include sub-&amp;goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More of the toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s goals by number; choose one to enter its indicators and activities. F6 moves to the indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;my unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;my unit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::OutcomeImportDialog</name>
    <message>
        <source>Import outcomes from CSV – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon, decimal comma, UTF-8 (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon, decimal comma, Windows-1252 (older Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma, decimal point, UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period (rows without one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file or the mapping. Nothing is imported while there are errors.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value row(s) will change; %1 already as in the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import outcomes from Excel – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would change, and what it cannot read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::OverviewView</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators by status (forecast against Årsmål)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals with their indicators&apos; statuses and assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators by status, chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators by status (forecast against Årsmål): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::PdfOutline</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the headings to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::PeriodSession</name>
    <message>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is locked by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the proposals and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store “%1” is read-only for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n value(s) from CSV</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s); correct them and read it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The committee&apos;s shared row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of your units (logged in as %2): its own enhetschef or a controller enters it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2” for %3 %4: read-only until a controller returns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s goal assessments and texts are written by a controller; as enhetschef (%1) you write your units&apos; values, activities and analyses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged in as %1, who may only read this store&apos;s committees.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::PeriodTextsDialog</name>
    <message>
        <source>One proposal (förslag till beslut) per line, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förslag till beslut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanfattande analys:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::PlanView</name>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description (beskrivning):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected results, one a line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF/N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men/women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF:s årsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) have targets copied from last year to review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tertial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to review: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals: “%1” is not a number from 0 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance: “%1” is not a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal %1 “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal %1 “%2” and with it %3? Undo brings all of it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and with it %2? Undo brings all of it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the indicator whose årsmål was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årsmål changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applies from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årsmål of “%1” changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultatenhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change unit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete unit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M/W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the goal up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the goal down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should the numbers follow the new order (renumber)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal is first among its siblings already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal is last among its siblings already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the indicator to compare with Kolada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolada link of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities of the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported for women and men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender equality indicator (♀)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodicity of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KF&apos;s or the committee&apos;s: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;inriktningsmål…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årsmål ch&amp;anged…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kolada…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete indicat&amp;or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New acti&amp;vity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ac&amp;tivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::ReportIdentityDialog</name>
    <message>
        <source>What is this report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of %1 does not say everything. Check what Målkoll guessed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no title such as “Tertialrapport 1 2024 för …”. Check what Målkoll guessed from its text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the committee&apos;s own report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: the only one in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the text says it; please fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::RoundView</name>
    <message>
        <source>owner of the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enhetschef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the &amp;deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day for the units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision and comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit the unit&apos;s part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return with a comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the unit&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 – %3 of %4 units approved, deadline %5. You are logged in as %6 (%7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before %1 can be submitted:
• %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the unit complete or change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stadsledningskontoret (reads every committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units&apos; parts of the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::SectionsDialog</name>
    <message>
        <source>After the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the goals, before the economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the section up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the section down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A heading in the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Placed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the economy, under its table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhetschef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far short of the target an indicator may be and still be partly met. Stored in the store, for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly met within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::StoreActions</name>
    <message>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a plan or &amp;report (text)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målkoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the store with this backup (the current state is kept aside):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store with a committee and a year first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n value row(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import a plan or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text extracted from the PDF (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is for “%1”, which is not in this store. Add it as a new committee?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected line(s); see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV into an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 files, %2 rows, to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målkoll stores (*.malkoll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målkoll stores (*.malkoll);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next &amp;year from this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1&apos;s plan for %2 from %3: its goals, its indicators with their targets (marked to review) and the activities that continue into %1? %3 is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started from %2: %3 goals, %4 indicators, %5 continuing activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;verksamhetsplan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the verksamhetsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;outcomes from CSV or Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to E&amp;xcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s &amp;status table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;gap view as filtered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;economy tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s &amp;indicator list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text for Word and LibreOffice (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n economy table(s) of the report do not add up to their own total. Their lines are not stored unless you say so.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store them as read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>malkoll::TrendPanel</name>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
