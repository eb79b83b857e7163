<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActivityRepository</name>
    <message>
        <source>An activity needs a title.</source>
        <translation>En aktivitet behöver en rubrik.</translation>
    </message>
    <message>
        <source>Activity “%1”: Slutdatum %2 is before Startdatum %3.</source>
        <translation>Aktiviteten ”%1”: slutdatum %2 är före startdatum %3.</translation>
    </message>
    <message>
        <source>the activity “%1”</source>
        <translation>aktiviteten ”%1”</translation>
    </message>
    <message>
        <source>The activity “%1” no longer exists.</source>
        <translation>Aktiviteten ”%1” finns inte längre.</translation>
    </message>
    <message>
        <source>The activity of this status no longer exists.</source>
        <translation>Aktiviteten som statusen gäller finns inte längre.</translation>
    </message>
    <message>
        <source>Activity status is reported for T1, T2 or VB.</source>
        <translation>Aktiviteters status rapporteras i T1, T2 eller VB.</translation>
    </message>
    <message>
        <source>The status of “%1” (%2) was changed by %3 while you were editing it.</source>
        <translation>Statusen för ”%1” (%2) ändrades av %3 medan du redigerade den.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>någon annan</translation>
    </message>
    <message>
        <source>the status of “%1”</source>
        <translation>statusen för ”%1”</translation>
    </message>
    <message>
        <source>activity statuses</source>
        <translation>aktiviteternas status</translation>
    </message>
    <message>
        <source>The activity&apos;s title</source>
        <translation>Aktivitetens rubrik</translation>
    </message>
    <message>
        <source>The analysis of “%1”</source>
        <translation>Analysen av ”%1”</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Kan inte skapa mappen för säkerhetskopior ”%1”.</translation>
    </message>
    <message>
        <source>“%1” cannot be restored: %2</source>
        <translation>”%1” kan inte återställas: %2</translation>
    </message>
    <message>
        <source>Cannot keep a copy of “%1” before restoring.</source>
        <translation>Kan inte spara en kopia av ”%1” före återställningen.</translation>
    </message>
    <message>
        <source>Cannot copy “%1”.</source>
        <translation>Kan inte kopiera ”%1”.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of “%1”.</source>
        <translation>Kan inte lägga säkerhetskopian i stället för ”%1”.</translation>
    </message>
</context>
<context>
    <name>CityRepository</name>
    <message>
        <source>goal %1 %2</source>
        <translation>mål %1 %2</translation>
    </message>
    <message>
        <source>the city&apos;s goal “%1”</source>
        <translation>stadens mål ”%1”</translation>
    </message>
    <message>
        <source>a goal&apos;s KF goal</source>
        <translation>ett måls KF-mål</translation>
    </message>
    <message>
        <source>KF-indikator %1</source>
        <translation>KF-indikator %1</translation>
    </message>
    <message>
        <source>the city&apos;s KF-indikator “%1”</source>
        <translation>stadens KF-indikator ”%1”</translation>
    </message>
    <message>
        <source>%1: KF:s årsmål “%2” here, “%3” in the city&apos;s</source>
        <translation>%1: KF:s årsmål ”%2” här, ”%3” i stadens</translation>
    </message>
    <message>
        <source>unit “%1” here, “%2” in the city&apos;s</source>
        <translation>enhet ”%1” här, ”%2” i stadens</translation>
    </message>
    <message>
        <source>%1 decimals here, %2 in the city&apos;s</source>
        <translation>%1 decimaler här, %2 i stadens</translation>
    </message>
    <message>
        <source>another direction than the city&apos;s</source>
        <translation>annan riktning än stadens</translation>
    </message>
    <message>
        <source>a KF-indikator&apos;s reference</source>
        <translation>en KF-indikators hänvisning</translation>
    </message>
    <message>
        <source>%1 goals and %2 KF-indikatorer follow the city&apos;s; %3 not matched</source>
        <translation>%1 mål och %2 KF-indikatorer följer stadens; %3 matchades inte</translation>
    </message>
    <message>
        <source>Locked periods would change: %1. Decide from a later period.</source>
        <translation>Låsta perioder skulle ändras: %1. Besluta från en senare period.</translation>
    </message>
    <message>
        <source>Periods of %1 are locked: %2. A change of KF:s årsmål now is a KF decision from a later period (give its date, the period and the reason).</source>
        <translation>Perioder %1 är låsta: %2. En ändring av KF:s årsmål nu är ett KF-beslut från en senare period (ange beslutsdatum, period och skäl).</translation>
    </message>
    <message>
        <source>The city has no such KF-indikator.</source>
        <translation>Staden har ingen sådan KF-indikator.</translation>
    </message>
    <message>
        <source>KF:s årsmål</source>
        <translation>KF:s årsmål</translation>
    </message>
    <message>
        <source>KF:s årsmål of “%1”</source>
        <translation>KF:s årsmål för ”%1”</translation>
    </message>
    <message>
        <source>A KF decision needs its date.</source>
        <translation>Ett KF-beslut behöver sitt datum.</translation>
    </message>
    <message>
        <source>A KF decision needs a reason.</source>
        <translation>Ett KF-beslut behöver ett skäl.</translation>
    </message>
    <message>
        <source>The decided KF:s årsmål</source>
        <translation>Det beslutade KF:s årsmål</translation>
    </message>
    <message>
        <source>The reason of the KF decision</source>
        <translation>Skälet för KF-beslutet</translation>
    </message>
    <message>
        <source>the KF decision on “%1”</source>
        <translation>KF-beslutet om ”%1”</translation>
    </message>
    <message>
        <source>The KF decision no longer exists.</source>
        <translation>KF-beslutet finns inte längre.</translation>
    </message>
    <message>
        <source>the KF decision</source>
        <translation>KF-beslutet</translation>
    </message>
    <message>
        <source>KF&apos;s decisions</source>
        <translation>KF:s beslut</translation>
    </message>
</context>
<context>
    <name>CityView</name>
    <message>
        <source>The store holds no KF structure of the city for %1.</source>
        <translation>Databasen har ingen KF-struktur för staden %1.</translation>
    </message>
    <message>
        <source>Stockholm (Kolada)</source>
        <translation>Stockholm (Kolada)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Write the demo store (Kungsholmen 2024 with sample history).</source>
        <translation>Skriv demodatabasen (Kungsholmen 2024 med exempelhistorik).</translation>
    </message>
    <message>
        <source>The store file to write.</source>
        <translation>Databasfilen som ska skrivas.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Ersätt FIL om den finns.</translation>
    </message>
    <message>
        <source>demo: give the file to write with --out FILE.</source>
        <translation>demo: ange filen som ska skrivas med --out FIL.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 years, %3 goals, %4 indicators, %5 values, %6 activities.</source>
        <translation>Skrev %1: %2 år, %3 mål, %4 indikatorer, %5 värden, %6 aktiviteter.</translation>
    </message>
    <message>
        <source>Show a store&apos;s schema version and how many rows each entity has.</source>
        <translation>Visa databasens schemaversion och antal rader per entitet.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>Databasfilen.</translation>
    </message>
    <message>
        <source>info: give one store file.</source>
        <translation>info: ange en databasfil.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Målkoll: %2)</source>
        <translation>Schemaversion: %1 (denna Målkoll: %2)</translation>
    </message>
    <message>
        <source>Committee: %1</source>
        <translation>Nämnd: %1</translation>
    </message>
    <message>
        <source>%1: “%2” exists; use --force to replace it.</source>
        <translation>%1: ”%2” finns redan; använd --force för att ersätta den.</translation>
    </message>
    <message>
        <source>Every indicator&apos;s status, every goal&apos;s assessment beside its suggestion, every finding and the economy, for one year and period.</source>
        <translation>Varje indikators status, varje måls bedömning bredvid förslaget, alla iakttagelser och ekonomin för ett år och en period.</translation>
    </message>
    <message>
        <source>The year (default: the latest in the store).</source>
        <translation>Året (standard: det senaste i databasen).</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ÅR</translation>
    </message>
    <message>
        <source>T1, T2 or VB (default: T1).</source>
        <translation>T1, T2 eller VB (standard: T1).</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>Only this committee (name, short name or id).</source>
        <translation>Bara den här nämnden (namn, kortnamn eller id).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>sv or en: the language of statuses and reasons (default: sv).</source>
        <translation>sv eller en: språket för status och skäl (standard: sv).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRÅK</translation>
    </message>
    <message>
        <source>status: give one store file.</source>
        <translation>status: ange en databasfil.</translation>
    </message>
    <message>
        <source>status: --lang must be sv or en, not “%1”.</source>
        <translation>status: --lang ska vara sv eller en, inte ”%1”.</translation>
    </message>
    <message>
        <source>status: no committee “%1” in the store.</source>
        <translation>status: ingen nämnd ”%1” i databasen.</translation>
    </message>
    <message>
        <source>status: the store has no goals for that year.</source>
        <translation>status: databasen har inga mål för det året.</translation>
    </message>
    <message>
        <source>Write a city-scale store for load tests: committees × years with indicators, activities, values and assessments.</source>
        <translation>Skriv en databas i stadens storlek för lasttester: nämnder × år med indikatorer, aktiviteter, värden och bedömningar.</translation>
    </message>
    <message>
        <source>Number of committees (default 30).</source>
        <translation>Antal nämnder (standard 30).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of years up to 2024 (default 10).</source>
        <translation>Antal år till och med 2024 (standard 10).</translation>
    </message>
    <message>
        <source>Random seed (default 20241).</source>
        <translation>Slumpfrö (standard 20241).</translation>
    </message>
    <message>
        <source>generate: give the file to write with --out FILE.</source>
        <translation>generate: ange filen som ska skrivas med --out FIL.</translation>
    </message>
    <message>
        <source>generate: --committees, --years and --seed take whole numbers.</source>
        <translation>generate: --committees, --years och --seed tar heltal.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 committees, %3 goals, %4 indicators, %5 values, %6 activities.</source>
        <translation>Skrev %1: %2 nämnder, %3 mål, %4 indikatorer, %5 värden, %6 aktiviteter.</translation>
    </message>
    <message>
        <source>The committee (name, short name or id; default: the first).</source>
        <translation>Nämnden (namn, kortnamn eller id; standard: den första).</translation>
    </message>
    <message>
        <source>A unit report: only this unit&apos;s indicators, activities and assessments.</source>
        <translation>En enhetsrapport: bara enhetens indikatorer, aktiviteter och bedömningar.</translation>
    </message>
    <message>
        <source>Only this inriktningsmål (its number).</source>
        <translation>Bara det här inriktningsmålet (dess nummer).</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>Add an appendix of the indicators not met, worst first.</source>
        <translation>Lägg till en bilaga med indikatorer som inte nås, sämst först.</translation>
    </message>
    <message>
        <source>report: give one store file and --out FILE.</source>
        <translation>report: ange en databasfil och --out FIL.</translation>
    </message>
    <message>
        <source>report: no unit “%1” in %2.</source>
        <translation>report: ingen enhet ”%1” i %2.</translation>
    </message>
    <message>
        <source>report: no inriktningsmål “%1”.</source>
        <translation>report: inget inriktningsmål ”%1”.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages.</source>
        <translation>Skrev %1: %2 sidor.</translation>
    </message>
    <message>
        <source>Add a trend chart for every indicator.</source>
        <translation>Lägg till ett trenddiagram för varje indikator.</translation>
    </message>
    <message>
        <source>%1: --period must be T1, T2 or VB, not “%2”.</source>
        <translation>%1: --period ska vara T1, T2 eller VB, inte ”%2”.</translation>
    </message>
    <message>
        <source>Make a stream of edits for the crash-safety harness: each edit is one transaction and is printed as soon as it is committed.</source>
        <translation>Gör en ström av ändringar för krasch-testet: varje ändring är en transaktion och skrivs ut så snart den är sparad.</translation>
    </message>
    <message>
        <source>Number of edits (default 1000).</source>
        <translation>Antal ändringar (standard 1000).</translation>
    </message>
    <message>
        <source>First value (default 1).</source>
        <translation>Första värdet (standard 1).</translation>
    </message>
    <message>
        <source>stress: give one store file.</source>
        <translation>stress: ange en databasfil.</translation>
    </message>
    <message>
        <source>stress: the store has no tertial indicators.</source>
        <translation>stress: databasen har inga tertialindikatorer.</translation>
    </message>
    <message>
        <source>Read a verksamhetsplan or a follow-up report in text form (tab-separated tables extracted from the PDF) into a store, in one transaction. Importing it again changes nothing.</source>
        <translation>Läs in en verksamhetsplan eller en uppföljningsrapport i textform (tabbseparerade tabeller ur PDF:en) i en databas, i en transaktion. Att läsa in den igen ändrar ingenting.</translation>
    </message>
    <message>
        <source>The report as text (UTF-8 or Windows-1252).</source>
        <translation>Rapporten som text (UTF-8 eller Windows-1252).</translation>
    </message>
    <message>
        <source>The store file (created if it does not exist).</source>
        <translation>Databasfilen (skapas om den inte finns).</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>DATABAS</translation>
    </message>
    <message>
        <source>Read and report, but write nothing.</source>
        <translation>Läs och redovisa, men skriv ingenting.</translation>
    </message>
    <message>
        <source>Also list everything read, with its line number.</source>
        <translation>Lista också allt som lästes, med radnummer.</translation>
    </message>
    <message>
        <source>import-report: give one report file and --store STORE.</source>
        <translation>import-report: ange en rapportfil och --store DATABAS.</translation>
    </message>
    <message>
        <source>import-report: nothing was imported: %1</source>
        <translation>import-report: ingenting lästes in: %1</translation>
    </message>
    <message>
        <source>Copy a store to a new file with SQLite&apos;s online backup: a consistent copy, safe while the program has the store open.</source>
        <translation>Kopiera en databas till en ny fil med SQLites onlinesäkerhetskopiering: en konsekvent kopia, säker även när programmet har databasen öppen.</translation>
    </message>
    <message>
        <source>The copy to write (must not exist).</source>
        <translation>Kopian som ska skrivas (får inte finnas).</translation>
    </message>
    <message>
        <source>backup: give the store file and the file to write.</source>
        <translation>backup: ange databasfilen och filen som ska skrivas.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>Write the store as CSV, one file per table: all of it, or one year.</source>
        <translation>Skriv databasen som CSV, en fil per tabell: allt, eller ett år.</translation>
    </message>
    <message>
        <source>The folder to write into (created if missing; must not hold the files).</source>
        <translation>Mappen att skriva till (skapas om den saknas; får inte redan innehålla filerna).</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation>Bara detta år.</translation>
    </message>
    <message>
        <source>excel (semicolon, decimal comma; default) or comma (comma, decimal point).</source>
        <translation>excel (semikolon, decimalkomma; standard) eller comma (komma, decimalpunkt).</translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>export: give one store file and --out FOLDER.</source>
        <translation>export: ange en databasfil och --out MAPP.</translation>
    </message>
    <message>
        <source>export: --dialect must be excel or comma, not “%1”.</source>
        <translation>export: --dialect måste vara excel eller comma, inte ”%1”.</translation>
    </message>
    <message>
        <source>Wrote %1 files, %2 rows, to %3.</source>
        <translation>Skrev %1 filer, %2 rader, till %3.</translation>
    </message>
    <message>
        <source>%1: --year must be a year such as 2024, not “%2”.</source>
        <translation>%1: --year ska vara ett år, till exempel 2024, inte ”%2”.</translation>
    </message>
    <message>
        <source>report: “%1” exists; use --force to replace it.</source>
        <translation>report: ”%1” finns redan; använd --force för att ersätta den.</translation>
    </message>
    <message>
        <source>Add the report&apos;s committee when the store holds other committees but not this one.</source>
        <translation>Lägg till rapportens nämnd när databasen har andra nämnder men inte den här.</translation>
    </message>
    <message>
        <source>import-report: nothing was imported: the report is for “%1”, which the store does not have. Import it as a new committee only if that is right (--new-committee).</source>
        <translation>import-report: ingenting lästes in: rapporten gäller ”%1”, som inte finns i databasen. Läs in den som en ny nämnd bara om det är rätt (--new-committee).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>report: --date must be a date such as 2024-05-20, not “%1”.</source>
        <translation>report: --date ska vara ett datum, till exempel 2024-05-20, inte ”%1”.</translation>
    </message>
    <message>
        <source>The committee the report is for, over what its title says or Målkoll guesses.</source>
        <translation>Nämnden som rapporten gäller, före det som titeln säger eller Målkoll gissar.</translation>
    </message>
    <message>
        <source>The report&apos;s year, over its title or the guess.</source>
        <translation>Rapportens år, före titeln eller gissningen.</translation>
    </message>
    <message>
        <source>The report&apos;s period: VP, T1, T2 or VB, over its title or the guess.</source>
        <translation>Rapportens period: VP, T1, T2 eller VB, före titeln eller gissningen.</translation>
    </message>
    <message>
        <source>A unit&apos;s own report: the unit whose values, assessments and activities it holds.</source>
        <translation>En enhets egen rapport: enheten vars värden, bedömningar och aktiviteter den innehåller.</translation>
    </message>
    <message>
        <source>import-report: --period must be VP, T1, T2 or VB, not “%1”.</source>
        <translation>import-report: --period måste vara VP, T1, T2 eller VB, inte ”%1”.</translation>
    </message>
    <message>
        <source>Start a new year&apos;s plan from an earlier year: goals, indicators (targets to review) and the activities that continue. The earlier year is not changed.</source>
        <translation>Starta ett nytt års plan från ett tidigare år: mål, indikatorer (årsmål att se över) och aktiviteter som fortsätter. Det tidigare året ändras inte.</translation>
    </message>
    <message>
        <source>The store.</source>
        <translation>Databasen.</translation>
    </message>
    <message>
        <source>The committee (name, short name or id; default: the only one).</source>
        <translation>Nämnden (namn, kortnamn eller id; standard: den enda).</translation>
    </message>
    <message>
        <source>The year to start from.</source>
        <translation>Året att utgå från.</translation>
    </message>
    <message>
        <source>The new year.</source>
        <translation>Det nya året.</translation>
    </message>
    <message>
        <source>new-year: give one store, --from YEAR and --to YEAR.</source>
        <translation>new-year: ange en databas, --from ÅR och --to ÅR.</translation>
    </message>
    <message>
        <source>new-year: name the committee with --committee (the store has %1).</source>
        <translation>new-year: ange nämnden med --committee (databasen har %1).</translation>
    </message>
    <message>
        <source>new-year: nothing was made: %1</source>
        <translation>new-year: inget skapades: %1</translation>
    </message>
    <message>
        <source>%1 %2 from %3: %4 goals, %5 indicators (targets to review), %6 continuing activities (%7 ended in %3)</source>
        <translation>%1 %2 från %3: %4 mål, %5 indikatorer (årsmål att se över), %6 fortsättande aktiviteter (%7 avslutade %3)</translation>
    </message>
    <message>
        <source>VP (the verksamhetsplan), T1, T2 or VB (default: T1).</source>
        <translation>VP (verksamhetsplanen), T1, T2 eller VB (standard: T1).</translation>
    </message>
    <message>
        <source>report: --period must be VP, T1, T2 or VB, not “%1”.</source>
        <translation>report: --period måste vara VP, T1, T2 eller VB, inte ”%1”.</translation>
    </message>
    <message>
        <source>tsv, text or xlsx (default: text).</source>
        <translation>tsv, text eller xlsx (standard: text).</translation>
    </message>
    <message>
        <source>Write to FILE (needed for xlsx: one sheet per table, numbers as numbers).</source>
        <translation>Skriv till FIL (krävs för xlsx: ett blad per tabell, tal som tal).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n sheet(s).</source>
        <translation>
            <numerusform>Skrev %1: %n blad.</numerusform>
            <numerusform>Skrev %1: %n blad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the committee&apos;s report (tertialrapport or verksamhetsberättelse) as PDF, or as OpenDocument text when FILE ends in .odt.</source>
        <translation>Skriv nämndens rapport (tertialrapport eller verksamhetsberättelse) som PDF, eller som OpenDocument-text när FIL slutar på .odt.</translation>
    </message>
    <message>
        <source>The file to write: FILE.pdf, or FILE.odt for a document to edit.</source>
        <translation>Filen att skriva: FIL.pdf, eller FIL.odt för ett dokument att redigera.</translation>
    </message>
    <message>
        <source>Wrote %1 (OpenDocument text).</source>
        <translation>Skrev %1 (OpenDocument-text).</translation>
    </message>
    <message>
        <source>csv (a folder of files; default) or xlsx (one workbook, --out FILE.xlsx, one sheet per table).</source>
        <translation>csv (en mapp med filer; standard) eller xlsx (en arbetsbok, --out FIL.xlsx, ett blad per tabell).</translation>
    </message>
    <message>
        <source>Replace the workbook if it exists (xlsx).</source>
        <translation>Ersätt arbetsboken om den finns (xlsx).</translation>
    </message>
    <message>
        <source>export: --format must be csv or xlsx, not “%1”.</source>
        <translation>export: --format ska vara csv eller xlsx, inte ”%1”.</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 sheets, %3 rows.</source>
        <translation>Skrev %1: %2 blad, %3 rader.</translation>
    </message>
    <message>
        <source>%1: --sheet is for an Excel workbook (.xlsx), and “%2” is not one.</source>
        <translation>%1: --sheet gäller en Excel-arbetsbok (.xlsx), och ”%2” är ingen sådan.</translation>
    </message>
    <message>
        <source>%1: cannot read “%2”: %3</source>
        <translation>%1: kan inte läsa ”%2”: %3</translation>
    </message>
    <message>
        <source>%1: “%2”: %3</source>
        <translation>%1: ”%2”: %3</translation>
    </message>
    <message>
        <source>Import outcomes from a CSV file or an Excel workbook, as the import dialog does: columns found by their headers (Indikator, Period, Utfall, Män, Kvinnor, Prognos, Analys), every row checked first, then all rows written in one transaction or none.</source>
        <translation>Importera utfall från en CSV-fil eller en Excel-arbetsbok, som importdialogen gör: kolumnerna hittas på rubrikerna (Indikator, Period, Utfall, Män, Kvinnor, Prognos, Analys), varje rad kontrolleras först, sedan skrivs alla rader i en transaktion eller ingen.</translation>
    </message>
    <message>
        <source>The CSV file or .xlsx workbook.</source>
        <translation>CSV-filen eller .xlsx-arbetsboken.</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet (default: the first).</source>
        <translation>Arbetsbokens blad (standard: det första).</translation>
    </message>
    <message>
        <source>T1, T2 or VB for rows without a Period column (default: the first open period).</source>
        <translation>T1, T2 eller VB för rader utan periodkolumn (standard: den första öppna perioden).</translation>
    </message>
    <message>
        <source>Check and show the changes; write nothing.</source>
        <translation>Kontrollera och visa ändringarna; skriv ingenting.</translation>
    </message>
    <message>
        <source>Write the good rows and leave the refused ones (default: nothing is written while any row is refused).</source>
        <translation>Skriv de godkända raderna och lämna de avvisade (standard: ingenting skrivs så länge någon rad avvisas).</translation>
    </message>
    <message>
        <source>import-outcomes: give a store file and a CSV or .xlsx file.</source>
        <translation>import-outcomes: ange en lagringsfil och en CSV- eller .xlsx-fil.</translation>
    </message>
    <message numerus="yes">
        <source>import-outcomes: %n row(s) refused; nothing was written (--skip-bad writes the good rows).</source>
        <translation>
            <numerusform>import-outcomes: %n rad avvisades; ingenting skrevs (--skip-bad skriver de godkända raderna).</numerusform>
            <numerusform>import-outcomes: %n rader avvisades; ingenting skrevs (--skip-bad skriver de godkända raderna).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n value row(s) would change, %1 already as in the file; nothing was written.</source>
        <translation>
            <numerusform>Provkörning: %n värderad skulle ändras, %1 redan som i filen; ingenting skrevs.</numerusform>
            <numerusform>Provkörning: %n värderader skulle ändras, %1 redan som i filen; ingenting skrevs.</numerusform>
        </translation>
    </message>
    <message>
        <source>import-outcomes: nothing was written: %1</source>
        <translation>import-outcomes: ingenting skrevs: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n value row(s) into %1 %2 (%3 already as in the file).</source>
        <translation>
            <numerusform>Importerade %n värderad till %1 %2 (%3 redan som i filen).</numerusform>
            <numerusform>Importerade %n värderader till %1 %2 (%3 redan som i filen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused and left out.</source>
        <translation>
            <numerusform>%n rad avvisades och lämnades utanför.</numerusform>
            <numerusform>%n rader avvisades och lämnades utanför.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link an indicator (all its years) to a Kolada KPI and the municipalities or the unit to compare with.</source>
        <translation>Koppla en indikator (alla dess år) till ett nyckeltal i Kolada och de kommuner eller den enhet den ska jämföras med.</translation>
    </message>
    <message>
        <source>The indicator&apos;s name in the year.</source>
        <translation>Indikatorns namn det året.</translation>
    </message>
    <message>
        <source>The KPI id, such as N15033; empty removes the link.</source>
        <translation>Nyckeltalets id, t.ex. N15033; tomt tar bort kopplingen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A municipality id (0180 Stockholm, 0000 riket); may be repeated.</source>
        <translation>Ett kommun-id (0180 Stockholm, 0000 riket); kan upprepas.</translation>
    </message>
    <message>
        <source>A Kolada unit id.</source>
        <translation>Ett enhets-id i Kolada.</translation>
    </message>
    <message>
        <source>Fetch every linked indicator&apos;s Kolada series and keep it in the store with the fetch date (--year: that year only; default: every year of the series).</source>
        <translation>Hämta varje kopplad indikators serie från Kolada och spara den med hämtningsdatum (--year: bara det året; standard: seriens alla år).</translation>
    </message>
    <message>
        <source>Kolada&apos;s address (default %1).</source>
        <translation>Koladas adress (standard %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default 30).</source>
        <translation>Sekunder att vänta på svar (standard 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDER</translation>
    </message>
    <message>
        <source>Keep the values of a saved Kolada answer (JSON) in the store, for work offline.</source>
        <translation>Spara värdena från ett sparat svar från Kolada (JSON), för arbete utan nät.</translation>
    </message>
    <message>
        <source>The JSON file.</source>
        <translation>JSON-filen.</translation>
    </message>
    <message>
        <source>The stored Kolada values of the linked indicators, as TSV.</source>
        <translation>De kopplade indikatorernas sparade värden från Kolada, som TSV.</translation>
    </message>
    <message>
        <source>Only this indicator.</source>
        <translation>Bara den här indikatorn.</translation>
    </message>
    <message>
        <source>kolada: give link, fetch, import or list, not “%1”.</source>
        <translation>kolada: ange link, fetch, import eller list, inte ”%1”.</translation>
    </message>
    <message>
        <source>kolada import: give a store file and a JSON file.</source>
        <translation>kolada import: ange en lagringsfil och en JSON-fil.</translation>
    </message>
    <message>
        <source>kolada %1: give one store file.</source>
        <translation>kolada %1: ange en lagringsfil.</translation>
    </message>
    <message>
        <source>kolada import: cannot read “%1”: %2</source>
        <translation>kolada import: kan inte läsa ”%1”: %2</translation>
    </message>
    <message>
        <source>kolada import: %1 Nothing was stored.</source>
        <translation>kolada import: %1 Ingenting sparades.</translation>
    </message>
    <message>
        <source>kolada import: %1</source>
        <translation>kolada import: %1</translation>
    </message>
    <message>
        <source>Stored %1 Kolada values from %2: %3 new, %4 revised, %5 as before.</source>
        <translation>Sparade %1 värden från Kolada ur %2: %3 nya, %4 reviderade, %5 som förut.</translation>
    </message>
    <message>
        <source>kolada link: %1 has no indicator “%2” in %3.</source>
        <translation>kolada link: %1 har ingen indikator ”%2” %3.</translation>
    </message>
    <message>
        <source>kolada link: %1</source>
        <translation>kolada link: %1</translation>
    </message>
    <message>
        <source>“%1” is no longer linked to Kolada.</source>
        <translation>”%1” är inte längre kopplad till Kolada.</translation>
    </message>
    <message>
        <source>“%1” is linked to %2.</source>
        <translation>”%1” är kopplad till %2.</translation>
    </message>
    <message>
        <source>kolada fetch: no indicator of %1 %2 is linked to Kolada.</source>
        <translation>kolada fetch: ingen indikator i %1 %2 är kopplad till Kolada.</translation>
    </message>
    <message>
        <source>kolada fetch: --timeout must be a number of seconds.</source>
        <translation>kolada fetch: --timeout ska vara ett antal sekunder.</translation>
    </message>
    <message>
        <source>%1: Kolada has no values of %2 for these years.</source>
        <translation>%1: Kolada har inga värden för %2 de här åren.</translation>
    </message>
    <message>
        <source>%1: %2 values of %3 (%4 new, %5 revised, %6 as before).</source>
        <translation>%1: %2 värden för %3 (%4 nya, %5 reviderade, %6 som förut).</translation>
    </message>
    <message>
        <source>%1: no such committee in the store.</source>
        <translation>%1: nämnden finns inte i lagringsfilen.</translation>
    </message>
    <message>
        <source>%1: %2 has no goals for %3.</source>
        <translation>%1: %2 har inga mål för %3.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>Copy a whole store — a file onto a server, or a server&apos;s store into a file (an offline copy, a backup) — in one transaction, verified by counting every table.</source>
        <translation>Kopiera ett helt lager – en fil till en server, eller ett serverlager till en fil (en kopia att arbeta offline med, en säkerhetskopia) – i en transaktion, kontrollerad genom att varje tabell räknas.</translation>
    </message>
    <message>
        <source>The store to copy: a file or postgresql://[user@]host[:port]/db.</source>
        <translation>Lagret att kopiera: en fil eller postgresql://[användare@]värd[:port]/databas.</translation>
    </message>
    <message>
        <source>The empty store to write: a new file, or an empty database.</source>
        <translation>Det tomma lagret att skriva: en ny fil eller en tom databas.</translation>
    </message>
    <message>
        <source>copy-store: give the store to copy and the store to write.</source>
        <translation>copy-store: ange lagret att kopiera och lagret att skriva.</translation>
    </message>
    <message>
        <source>copy-store: “%1” exists; copy into a new file.</source>
        <translation>copy-store: ”%1” finns redan; kopiera till en ny fil.</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3; every table counted on both sides.</source>
        <translation>Kopierade %1 rader från %2 till %3; varje tabell räknad på båda sidor.</translation>
    </message>
    <message>
        <source>postgresql://[user@]host[:port]/db</source>
        <translation>postgresql://[användare@]värd[:port]/databas</translation>
    </message>
    <message>
        <source>server-init: give the server store as postgresql://[user@]host[:port]/db.</source>
        <translation>server-init: ange serverlagret som postgresql://[användare@]värd[:port]/databas.</translation>
    </message>
    <message>
        <source>The person&apos;s login name on the server.</source>
        <translation>Personens inloggningsnamn på servern.</translation>
    </message>
    <message>
        <source>“%1” holds a password, which every user of this computer could read on the command line. Give it in PGPASSWORD or in a password file (~/.pgpass, or PGPASSFILE), or log in with Kerberos (GSSAPI).</source>
        <translation>”%1” innehåller ett lösenord, som alla användare av den här datorn kan läsa på kommandoraden. Ange det i PGPASSWORD eller i en lösenordsfil (~/.pgpass eller PGPASSFILE), eller logga in med Kerberos (GSSAPI).</translation>
    </message>
    <message>
        <source>Make a PostgreSQL database a Målkoll store: the schema, the server&apos;s own checks, the database&apos;s owner role and its own roles DB:controller, DB:enhetschef and DB:reader with their grants. Run it as a superuser or the cluster&apos;s provisioning role; run it again after an upgrade.</source>
        <translation>Gör en PostgreSQL-databas till ett Målkoll-lager: schemat, serverns egna kontroller, databasens ägarroll och dess egna roller DB:controller, DB:enhetschef och DB:reader med sina rättigheter. Kör som superanvändare eller klustrets administrationsroll; kör igen efter en uppgradering.</translation>
    </message>
    <message>
        <source>%1 is a Målkoll store at schema %2, owned by the role %3 (nobody logs in as it), with the roles %4, %5 and %6. Add people with “malkoll-cli user add”.</source>
        <translation>%1 är ett Målkoll-lager med schema %2, ägt av rollen %3 (ingen loggar in som den), med rollerna %4, %5 och %6. Lägg till personer med ”malkoll-cli user add”.</translation>
    </message>
    <message>
        <source>add or remove</source>
        <translation>add eller remove</translation>
    </message>
    <message>
        <source>An enhetschef&apos;s unit: its number, “Nämnd/Enhet”, or a name only one committee has; repeat for several.</source>
        <translation>En enhetschefs enhet: dess nummer, ”Nämnd/Enhet” eller ett namn som bara en nämnd har; upprepa för flera.</translation>
    </message>
    <message>
        <source>Store economy tables whose lines do not add up to their own Totalt or Summa (listed otherwise, not stored).</source>
        <translation>Lagra ekonomitabeller vars rader inte summerar till tabellens egen Totalt eller Summa (annars listas de och lagras inte).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source> (stored as read: --accept-unreconciled)</source>
        <translation> (lagrad som den lästes: --accept-unreconciled)</translation>
    </message>
    <message>
        <source>The report&apos;s date, YYYY-MM-DD (default: the date of the imported report, else today).</source>
        <translation>Rapportens datum, ÅÅÅÅ-MM-DD (standard: den importerade rapportens datum, annars i dag).</translation>
    </message>
    <message>
        <source>kolada import: “%1” is a list of %2 KPIs, municipalities or units, not an answer with values. Nothing was stored.</source>
        <translation>kolada import: ”%1” är en lista med %2 nyckeltal, kommuner eller enheter, inte ett svar med värden. Ingenting sparades.</translation>
    </message>
    <message>
        <source>The city&apos;s view of one period: every committee against KF&apos;s goals and KF-indikatorer (outcome, prognos helår, Årsmål, KF:s årsmål, status, the spread), the committees&apos; assessments of KF&apos;s goals beside the suggestions, and every committee&apos;s reporting round.</source>
        <translation>Stadens bild av en period: varje nämnd mot KF:s mål och KF-indikatorer (utfall, prognos helår, årsmål, KF:s årsmål, status, spridningen), nämndernas bedömningar av KF:s mål bredvid förslagen och varje nämnds inlämning.</translation>
    </message>
    <message>
        <source>The store file or server.</source>
        <translation>Databasfilen eller servern.</translation>
    </message>
    <message>
        <source>The year (default: the city&apos;s latest).</source>
        <translation>Året (standard: stadens senaste).</translation>
    </message>
    <message>
        <source>Write to FILE (needed for xlsx).</source>
        <translation>Skriv till FIL (krävs för xlsx).</translation>
    </message>
    <message>
        <source>sv or en (default: sv).</source>
        <translation>sv eller en (standard: sv).</translation>
    </message>
    <message>
        <source>First attach every committee&apos;s plan of the year to the city&apos;s KF structure (by number and title; the first committee&apos;s becomes the city&apos;s when the city has none), and list what did not match.</source>
        <translation>Koppla först varje nämnds plan för året till stadens KF-struktur (efter nummer och rubrik; den första nämndens blir stadens när staden saknar en) och lista det som inte matchade.</translation>
    </message>
    <message>
        <source>city: give one store.</source>
        <translation>city: ange en databas.</translation>
    </message>
    <message>
        <source>city: --lang must be sv or en, not “%1”.</source>
        <translation>city: --lang ska vara sv eller en, inte ”%1”.</translation>
    </message>
    <message>
        <source>city --attach: give the year with --year.</source>
        <translation>city --attach: ange året med --year.</translation>
    </message>
    <message>
        <source>%1: %2 KF goals and %3 KF-indikatorer follow the city&apos;s%4.</source>
        <translation>%1: %2 KF-mål och %3 KF-indikatorer följer stadens%4.</translation>
    </message>
    <message>
        <source> (the city&apos;s structure of %1 was taken from this plan)</source>
        <translation> (stadens struktur för %1 togs från denna plan)</translation>
    </message>
    <message>
        <source>not in the city&apos;s: %1</source>
        <translation>inte i stadens: %1</translation>
    </message>
    <message>
        <source>city: the store holds no KF structure of the city; attach the committees&apos; plans with --attach --year Y.</source>
        <translation>city: databasen har ingen KF-struktur för staden; koppla nämndernas planer med --attach --year ÅR.</translation>
    </message>
    <message>
        <source>city: %1</source>
        <translation>city: %1</translation>
    </message>
    <message>
        <source>Set KF:s årsmål of a KF-indikator once for every committee — as adopted in the budget, or as a KF decision during the year (--decided, --from, --reason).</source>
        <translation>Sätt KF:s årsmål för en KF-indikator en gång för alla nämnder – som det antogs i budgeten, eller som ett KF-beslut under året (--decided, --from, --reason).</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>Året.</translation>
    </message>
    <message>
        <source>The KF-indikator (its name).</source>
        <translation>KF-indikatorn (dess namn).</translation>
    </message>
    <message>
        <source>KF:s årsmål as the budget writes it: “80 %”, “Öka”, “Max 10”, …</source>
        <translation>KF:s årsmål som budgeten skriver det: ”80 %”, ”Öka”, ”Max 10”, …</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The date of KF&apos;s decision during the year (YYYY-MM-DD).</source>
        <translation>Datum för KF:s beslut under året (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The first period the decision applies to: T1, T2 or VB.</source>
        <translation>Första perioden beslutet gäller: T1, T2 eller VB.</translation>
    </message>
    <message>
        <source>The reason of the decision.</source>
        <translation>Skälet för beslutet.</translation>
    </message>
    <message>
        <source>kf-target: give a store, --year, --indicator and --target.</source>
        <translation>kf-target: ange en databas, --year, --indicator och --target.</translation>
    </message>
    <message>
        <source>kf-target: give the year with --year.</source>
        <translation>kf-target: ange året med --year.</translation>
    </message>
    <message>
        <source>kf-target: a KF decision during the year needs --decided YYYY-MM-DD, --from T1|T2|VB and --reason.</source>
        <translation>kf-target: ett KF-beslut under året behöver --decided ÅÅÅÅ-MM-DD, --from T1|T2|VB och --reason.</translation>
    </message>
    <message>
        <source>kf-target: --target: %1</source>
        <translation>kf-target: --target: %1</translation>
    </message>
    <message>
        <source>kf-target: the city has no KF-indikator “%1” in %2.</source>
        <translation>kf-target: staden har ingen KF-indikator ”%1” %2.</translation>
    </message>
    <message>
        <source>kf-target: %1 Nothing was changed.</source>
        <translation>kf-target: %1 Inget ändrades.</translation>
    </message>
    <message numerus="yes">
        <source>KF:s årsmål of “%1” is “%2” from %3 %4 (decided %5), in %n committee(s).</source>
        <translation>
            <numerusform>KF:s årsmål för ”%1” är ”%2” från %3 %4 (beslutat %5), i %n nämnd.</numerusform>
            <numerusform>KF:s årsmål för ”%1” är ”%2” från %3 %4 (beslutat %5), i %n nämnder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KF:s årsmål of “%1” %2 is “%3”, in %n committee(s).</source>
        <translation>
            <numerusform>KF:s årsmål för ”%1” %2 är ”%3”, i %n nämnd.</numerusform>
            <numerusform>KF:s årsmål för ”%1” %2 är ”%3”, i %n nämnder.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: --format must be tsv, text or xlsx, not “%2”.</source>
        <translation>%1: --format ska vara tsv, text eller xlsx, inte ”%2”.</translation>
    </message>
    <message>
        <source>%1: --format xlsx writes a file; name it with --out FILE.xlsx.</source>
        <translation>%1: --format xlsx skriver en fil; ange den med --out FIL.xlsx.</translation>
    </message>
    <message>
        <source>Stored the titles of %1 municipality groups from %2 (%3 new or changed).</source>
        <translation>Sparade namnen på %1 kommungrupper från %2 (%3 nya eller ändrade).</translation>
    </message>
    <message>
        <source>user add URL LOGIN --role enhetschef|controller|reader --committee NAME [--unit NAME]…, or --role stad (stadsledningskontoret: reads every committee, writes the city&apos;s KF structure): let a person log in to the server store with their own role. Målkoll keeps no password: set one with psql&apos;s \password, or use the city&apos;s Kerberos (GSSAPI). user remove URL LOGIN: the person no longer logs in to this store.</source>
        <translation>user add URL INLOGGNING --role enhetschef|controller|reader --committee NÄMND [--unit NAMN]…, eller --role stad (stadsledningskontoret: läser alla nämnder, skriver stadens KF-struktur): låt en person logga in i serverdatabasen med sin egen roll. Målkoll sparar inga lösenord: sätt ett med psql:s \password, eller använd stadens Kerberos (GSSAPI). user remove URL INLOGGNING: personen loggar inte längre in i denna databas.</translation>
    </message>
    <message>
        <source>enhetschef, controller, reader or stad.</source>
        <translation>enhetschef, controller, reader eller stad.</translation>
    </message>
    <message>
        <source>The person&apos;s committee (name, short name or id); a controller of a store of several committees needs it. Repeat for several.</source>
        <translation>Personens nämnd (namn, kortnamn eller id); en controller i en databas med flera nämnder behöver den. Upprepa för flera.</translation>
    </message>
    <message>
        <source>user: write “user add postgresql://host/db LOGIN --role enhetschef|controller|reader|stad [--committee NAME] [--unit NAME]…” or “user remove postgresql://host/db LOGIN”.</source>
        <translation>user: skriv ”user add postgresql://värd/db INLOGGNING --role enhetschef|controller|reader|stad [--committee NÄMND] [--unit NAMN]…” eller ”user remove postgresql://värd/db INLOGGNING”.</translation>
    </message>
    <message>
        <source>user add: --role must be enhetschef, controller, reader or stad (not “%1”).</source>
        <translation>user add: --role ska vara enhetschef, controller, reader eller stad (inte ”%1”).</translation>
    </message>
    <message>
        <source>copy-store: %1 has no committee “%2”.</source>
        <translation>copy-store: %1 har ingen nämnd ”%2”.</translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 with the city&apos;s KF structure of its years from %3 to %4.</source>
        <translation>Kopierade %1 rader för %2 med stadens KF-struktur för dess år från %3 till %4.</translation>
    </message>
    <message>
        <source>copy-store: %1 Nothing was changed.</source>
        <translation>copy-store: %1 Inget ändrades.</translation>
    </message>
    <message>
        <source>%1 joined %2: %3 rows.</source>
        <translation>%1 har anslutit till %2: %3 rader.</translation>
    </message>
    <message>
        <source>%1 is back in %2: %3 rows new, %4 written over, %5 removed.</source>
        <translation>%1 är tillbaka i %2: %3 rader nya, %4 överskrivna, %5 borttagna.</translation>
    </message>
    <message>
        <source>not in the city&apos;s KF structure: %1</source>
        <translation>inte i stadens KF-struktur: %1</translation>
    </message>
    <message>
        <source>One committee: out of a city store into a new file (with the city&apos;s KF structure of its years), or from its own file back into the city store (its rows there replaced by the file&apos;s; a committee the city has not joins it).</source>
        <translation>En nämnd: ut ur en stadsdatabas till en ny fil (med stadens KF-struktur för dess år), eller från sin egen fil tillbaka in i stadsdatabasen (nämndens rader där ersätts av filens; en nämnd som staden saknar ansluter).</translation>
    </message>
    <message>
        <source>report --city: the city&apos;s report is of a follow-up period: T1, T2 or VB.</source>
        <translation>report --city: stadens rapport gäller en uppföljningsperiod: T1, T2 eller VB.</translation>
    </message>
    <message>
        <source>report --city: the store holds no KF structure of the city (see malkoll-cli city --attach).</source>
        <translation>report --city: databasen har ingen KF-struktur för staden (se malkoll-cli city --attach).</translation>
    </message>
    <message>
        <source>The city&apos;s report instead (stadsledningskontoret&apos;s): every committee against KF&apos;s goals and KF-indikatorer.</source>
        <translation>Stadens rapport i stället (stadsledningskontorets): varje nämnd mot KF:s mål och KF-indikatorer.</translation>
    </message>
</context>
<context>
    <name>CommitteeCopy</name>
    <message>
        <source>“%1” is read-only.</source>
        <translation>”%1” är skrivskyddad.</translation>
    </message>
    <message>
        <source>“%1” holds data already (%2 rows in “%3”); a committee is copied only into an empty store.</source>
        <translation>”%1” har redan data (%2 rader i ”%3”); en nämnd kopieras bara till en tom databas.</translation>
    </message>
    <message>
        <source>Internal error: no rule for the committee&apos;s rows of “%1”.</source>
        <translation>Internt fel: ingen regel för nämndens rader i ”%1”.</translation>
    </message>
    <message>
        <source>The copy was not made: %1 rows of “%2” read, %3 written.</source>
        <translation>Kopian gjordes inte: %1 rader i ”%2” lästa, %3 skrivna.</translation>
    </message>
    <message>
        <source>The store has no committee %1.</source>
        <translation>Databasen har ingen nämnd %1.</translation>
    </message>
    <message>
        <source>“%1” has no committee “%2”.</source>
        <translation>”%1” har ingen nämnd ”%2”.</translation>
    </message>
    <message>
        <source>“%1” holds several committees: a committee comes back from a file of its own (copy-store … --committee).</source>
        <translation>”%1” har flera nämnder: en nämnd kommer tillbaka från en egen fil (copy-store … --committee).</translation>
    </message>
    <message>
        <source>the committee “%1”</source>
        <translation>nämnden ”%1”</translation>
    </message>
    <message>
        <source>the table “%1”</source>
        <translation>tabellen ”%1”</translation>
    </message>
    <message>
        <source>“%1”: a row of “%2” refers to %3 %4, which the file does not have.</source>
        <translation>”%1”: en rad i ”%2” hänvisar till %3 %4, som filen inte har.</translation>
    </message>
    <message>
        <source>%1 rows new, %2 written over, %3 removed</source>
        <translation>%1 rader nya, %2 överskrivna, %3 borttagna</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>decimalkomma</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>decimalpunkt</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>The file is not UTF-8: choose Windows-1252.</source>
        <translation>Filen är inte UTF-8: välj Windows-1252.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed (a &quot; is missing).</source>
        <translation>Rad %1: en cell inom citattecken avslutas aldrig (ett &quot; saknas).</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Filen är tom: första raden ska namnge kolumnerna.</translation>
    </message>
    <message>
        <source>“%1” exists already; it was not replaced.</source>
        <translation>”%1” finns redan; den ersattes inte.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan inte skriva ”%1”: %2</translation>
    </message>
    <message>
        <source>sheet %1, row %2</source>
        <translation>blad %1, rad %2</translation>
    </message>
    <message>
        <source>sheet %1, row %2, column %3</source>
        <translation>blad %1, rad %2, kolumn %3</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Kan inte skapa mappen ”%1”.</translation>
    </message>
    <message>
        <source>“%1” exists already in “%2”; choose an empty folder.</source>
        <translation>”%1” finns redan i ”%2”; välj en tom mapp.</translation>
    </message>
    <message>
        <source>Cannot write in “%1”: %2</source>
        <translation>Kan inte skriva i ”%1”: %2</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Ingenting exporterades: %1</translation>
    </message>
    <message>
        <source>Nothing was exported: cannot move “%1” into “%2”.</source>
        <translation>Ingenting exporterades: kan inte flytta ”%1” till ”%2”.</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>%1, field “%2”: %3</source>
        <translation>%1, fältet ”%2”: %3</translation>
    </message>
    <message>
        <source>The demo dataset has an unknown format (expected “malkoll-demo/1”).</source>
        <translation>Demodatat har ett okänt format (förväntade ”malkoll-demo/1”).</translation>
    </message>
    <message>
        <source>periods: unknown period “%1”.</source>
        <translation>periods: okänd period ”%1”.</translation>
    </message>
    <message>
        <source>economy: unknown period “%1”.</source>
        <translation>economy: okänd period ”%1”.</translation>
    </message>
    <message>
        <source>demo data loaded: %1 indicators, %2 values</source>
        <translation>demodata inläst: %1 indikatorer, %2 värden</translation>
    </message>
    <message>
        <source>goal %1 (%2): %3</source>
        <translation>mål %1 (%2): %3</translation>
    </message>
    <message>
        <source>goal %1: cannot read the assessment for “%2”.</source>
        <translation>mål %1: kan inte läsa bedömningen för ”%2”.</translation>
    </message>
    <message>
        <source>indicator “%1” under goal %2</source>
        <translation>indikatorn ”%1” under mål %2</translation>
    </message>
    <message>
        <source>%1, Årsmål: %2</source>
        <translation>%1, Årsmål: %2</translation>
    </message>
    <message>
        <source>%1, KF:s årsmål: %2</source>
        <translation>%1, KF:s årsmål: %2</translation>
    </message>
    <message>
        <source>%1, årsmål change: %2</source>
        <translation>%1, ändrat årsmål: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: unknown period “%2”.</source>
        <translation>%1: okänd period ”%2”.</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>activity “%1” under goal %2: Startdatum and Slutdatum must be dates (ÅÅÅÅ-MM-DD).</source>
        <translation>aktiviteten ”%1” under mål %2: startdatum och slutdatum måste vara datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>goal %1: %2</source>
        <translation>mål %1: %2</translation>
    </message>
    <message>
        <source>activity “%1”: cannot read the status for “%2”.</source>
        <translation>aktiviteten ”%1”: kan inte läsa statusen för ”%2”.</translation>
    </message>
    <message>
        <source>economy, line “%1”</source>
        <translation>ekonomi, raden ”%1”</translation>
    </message>
    <message>
        <source>resultatenhet “%1”</source>
        <translation>resultatenheten ”%1”</translation>
    </message>
    <message>
        <source>investment “%1”</source>
        <translation>investeringen ”%1”</translation>
    </message>
    <message>
        <source>Cannot read the demo dataset “%1”: %2</source>
        <translation>Kan inte läsa demodatat ”%1”: %2</translation>
    </message>
    <message>
        <source>The demo dataset is not valid JSON at byte %1: %2</source>
        <translation>Demodatat är inte giltig JSON vid byte %1: %2</translation>
    </message>
</context>
<context>
    <name>EconomyRepository</name>
    <message>
        <source>A budget line needs the name of its verksamhetsområde.</source>
        <translation>En budgetrad behöver namnet på sitt verksamhetsområde.</translation>
    </message>
    <message>
        <source>the budget line “%1”</source>
        <translation>budgetraden ”%1”</translation>
    </message>
    <message>
        <source>A resultatenhet line needs a name.</source>
        <translation>En resultatenhetsrad behöver ett namn.</translation>
    </message>
    <message>
        <source>Resultatenhet “%1”: bruttobudget cannot be negative.</source>
        <translation>Resultatenheten ”%1”: bruttobudgeten kan inte vara negativ.</translation>
    </message>
    <message>
        <source>the resultatenhet “%1”</source>
        <translation>resultatenheten ”%1”</translation>
    </message>
    <message>
        <source>An investment line needs a name.</source>
        <translation>En investeringsrad behöver ett namn.</translation>
    </message>
    <message>
        <source>the investment “%1”</source>
        <translation>investeringen ”%1”</translation>
    </message>
</context>
<context>
    <name>FileBeside</name>
    <message>
        <source>“%1” exists; it was left as it is.</source>
        <translation>”%1” finns redan; den lämnades som den var.</translation>
    </message>
    <message>
        <source>Cannot write in the folder of “%1”: %2</source>
        <translation>Kan inte skriva i mappen för ”%1”: %2</translation>
    </message>
    <message>
        <source>Cannot replace “%1”.</source>
        <translation>Kan inte ersätta ”%1”.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Kan inte skriva ”%1”.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Assessment differs from the suggestion</source>
        <translation>Bedömningen avviker från förslaget</translation>
    </message>
    <message>
        <source>Analysis missing</source>
        <translation>Analys saknas</translation>
    </message>
    <message>
        <source>Value missing</source>
        <translation>Värde saknas</translation>
    </message>
    <message>
        <source>Activity past its end date</source>
        <translation>Aktivitet efter slutdatum</translation>
    </message>
    <message>
        <source>KF annual target not set</source>
        <translation>KF:s årsmål inte fastställt</translation>
    </message>
    <message>
        <source>Deviation without analysis</source>
        <translation>Avvikelse utan analys</translation>
    </message>
    <message>
        <source>Goal %1 is assessed “%2” but its parts suggest “%3” (%4).</source>
        <translation>Mål %1 bedöms ”%2” men delarna pekar på ”%3” (%4).</translation>
    </message>
    <message>
        <source>“%1” has no outcome for %2 %3 and no reason why.</source>
        <translation>”%1” saknar utfall för %2 %3 och skäl till det.</translation>
    </message>
    <message>
        <source>“%1” does not reach its annual target (%2) but has no analysis.</source>
        <translation>”%1” når inte årsmålet (%2) men saknar analys.</translation>
    </message>
    <message>
        <source>“%1”: KF&apos;s annual target is still “%2” at %3.</source>
        <translation>”%1”: KF:s årsmål är fortfarande ”%2” i %3.</translation>
    </message>
    <message>
        <source>“%1” ended %2 but is still reported on track.</source>
        <translation>”%1” slutade %2 men rapporteras fortfarande enligt plan.</translation>
    </message>
    <message>
        <source>“%1” deviates but has no analysis.</source>
        <translation>”%1” har avvikelse men saknar analys.</translation>
    </message>
    <message>
        <source>Figure in an analysis disagrees with the table</source>
        <translation>Siffra i en analys stämmer inte med tabellen</translation>
    </message>
    <message>
        <source>%1 says “%2”, but the economy table shows %3 of %4 in total.</source>
        <translation>%1 säger ”%2”, men ekonomitabellen visar %3 om %4 totalt.</translation>
    </message>
    <message>
        <source>a surplus</source>
        <translation>ett överskott</translation>
    </message>
    <message>
        <source>a deficit</source>
        <translation>ett underskott</translation>
    </message>
    <message>
        <source>The analysis of goal %1 says “%2”, but the goal has %3 %4.</source>
        <translation>Analysen av mål %1 säger ”%2”, men målet har %3 %4.</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>aktiviteter</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indikatorer</translation>
    </message>
    <message>
        <source>The analysis of “%1” says “%2”, but the indicator&apos;s outcome is %3.</source>
        <translation>Analysen av ”%1” säger ”%2”, men indikatorns utfall är %3.</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>Sammanfattningen</translation>
    </message>
    <message>
        <source>The section “%1”</source>
        <translation>Avsnittet ”%1”</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>--committees must be between 1 and 1000, not %1.</source>
        <translation>--committees ska vara mellan 1 och 1000, inte %1.</translation>
    </message>
    <message>
        <source>--years must be between 1 and 50, not %1.</source>
        <translation>--years ska vara mellan 1 och 50, inte %1.</translation>
    </message>
</context>
<context>
    <name>GoalRepository</name>
    <message>
        <source>Goal %1 needs a title.</source>
        <translation>Mål %1 behöver en rubrik.</translation>
    </message>
    <message>
        <source>The goal “%1” needs a number.</source>
        <translation>Målet ”%1” behöver ett nummer.</translation>
    </message>
    <message>
        <source>Goal %1 needs a parent goal.</source>
        <translation>Mål %1 behöver ett överordnat mål.</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>mål %1</translation>
    </message>
    <message>
        <source>Goal %1 no longer exists.</source>
        <translation>Mål %1 finns inte längre.</translation>
    </message>
    <message>
        <source>The goal of this assessment no longer exists.</source>
        <translation>Målet som bedömningen gäller finns inte längre.</translation>
    </message>
    <message>
        <source>the assessment of goal %1</source>
        <translation>bedömningen av mål %1</translation>
    </message>
    <message>
        <source>goal assessments</source>
        <translation>målbedömningar</translation>
    </message>
    <message>
        <source>The goal&apos;s number</source>
        <translation>Målets nummer</translation>
    </message>
    <message>
        <source>The title of goal %1</source>
        <translation>Rubriken på mål %1</translation>
    </message>
    <message>
        <source>The description of goal %1</source>
        <translation>Beskrivningen av mål %1</translation>
    </message>
    <message>
        <source>The expected results of goal %1</source>
        <translation>Förväntat resultat för mål %1</translation>
    </message>
    <message>
        <source>The analysis of goal %1</source>
        <translation>Analysen av mål %1</translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>An indicator needs a name.</source>
        <translation>En indikator behöver ett namn.</translation>
    </message>
    <message>
        <source>Indicator “%1”: decimals must be between 0 and 6.</source>
        <translation>Indikatorn ”%1”: antalet decimaler ska vara mellan 0 och 6.</translation>
    </message>
    <message>
        <source>Indicator “%1”: the tolerance must be between 0 and 100 %.</source>
        <translation>Indikatorn ”%1”: toleransen ska vara mellan 0 och 100 %.</translation>
    </message>
    <message>
        <source>the indicator “%1”</source>
        <translation>indikatorn ”%1”</translation>
    </message>
    <message>
        <source>The indicator “%1” no longer exists.</source>
        <translation>Indikatorn ”%1” finns inte längre.</translation>
    </message>
    <message>
        <source>An årsmål change needs the date of the decision.</source>
        <translation>Ett ändrat årsmål behöver beslutsdatum.</translation>
    </message>
    <message>
        <source>An årsmål change needs a reason.</source>
        <translation>Ett ändrat årsmål behöver ett skäl.</translation>
    </message>
    <message>
        <source>The indicator of this årsmål change no longer exists.</source>
        <translation>Indikatorn som årsmålsändringen gäller finns inte längre.</translation>
    </message>
    <message>
        <source>the årsmål change of “%1”</source>
        <translation>årsmålsändringen för ”%1”</translation>
    </message>
    <message>
        <source>The indicator&apos;s name</source>
        <translation>Indikatorns namn</translation>
    </message>
    <message>
        <source>Indicator “%1”: the unit</source>
        <translation>Indikatorn ”%1”: enheten</translation>
    </message>
    <message>
        <source>Indicator “%1”: Årsmål</source>
        <translation>Indikatorn ”%1”: årsmål</translation>
    </message>
    <message>
        <source>Indicator “%1”: KF:s årsmål</source>
        <translation>Indikatorn ”%1”: KF:s årsmål</translation>
    </message>
    <message>
        <source>Indicator “%1”: the target</source>
        <translation>Indikatorn ”%1”: målnivån</translation>
    </message>
    <message>
        <source>The decided årsmål</source>
        <translation>Det beslutade årsmålet</translation>
    </message>
    <message>
        <source>The reason of the årsmål change</source>
        <translation>Skälet till ändringen av årsmålet</translation>
    </message>
    <message>
        <source>The årsmål change of “%1” no longer exists.</source>
        <translation>Ändringen av årsmålet för ”%1” finns inte längre.</translation>
    </message>
    <message>
        <source>the city&apos;s KF-indikator “%1”</source>
        <translation>stadens KF-indikator ”%1”</translation>
    </message>
</context>
<context>
    <name>Kolada</name>
    <message>
        <source>%1 is not a Kolada answer: the JSON is broken at character %2 (%3).</source>
        <translation>%1 är inget svar från Kolada: JSON-texten är trasig vid tecken %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not a Kolada answer: it has no list of values.</source>
        <translation>%1 är inget svar från Kolada: det saknar en lista med värden.</translation>
    </message>
    <message>
        <source>%1: value %2 has no KPI, area or year.</source>
        <translation>%1: värde %2 saknar nyckeltal, område eller år.</translation>
    </message>
    <message>
        <source>%1: value %2 has the gender “%3”, not T, K or M.</source>
        <translation>%1: värde %2 har könet ”%3”, inte T, K eller M.</translation>
    </message>
    <message>
        <source>%1: value %2 is not a number.</source>
        <translation>%1: värde %2 är inget tal.</translation>
    </message>
</context>
<context>
    <name>KoladaClient</name>
    <message>
        <source>“%1” is not a web address Målkoll can ask.</source>
        <translation>”%1” är ingen webbadress som Målkoll kan fråga.</translation>
    </message>
    <message>
        <source>Kolada did not answer within %1 seconds (%2). Try again later, or import a saved answer.</source>
        <translation>Kolada svarade inte inom %1 sekunder (%2). Försök igen senare, eller importera ett sparat svar.</translation>
    </message>
    <message>
        <source>Kolada does not know what was asked for (404): %1</source>
        <translation>Kolada känner inte till det som efterfrågades (404): %1</translation>
    </message>
    <message>
        <source>Kolada answered with an error (%1 %2): %3</source>
        <translation>Kolada svarade med ett fel (%1 %2): %3</translation>
    </message>
    <message>
        <source>Kolada could not be reached: %1 (%2)</source>
        <translation>Kolada gick inte att nå: %1 (%2)</translation>
    </message>
    <message>
        <source>Kolada&apos;s answer from %1</source>
        <translation>Koladas svar från %1</translation>
    </message>
</context>
<context>
    <name>KoladaRepository</name>
    <message>
        <source>“%1” is not a Kolada KPI id: a capital letter and five digits, such as N15033.</source>
        <translation>”%1” är inget nyckeltals-id i Kolada: en versal och fem siffror, t.ex. N15033.</translation>
    </message>
    <message>
        <source>“%1” is not a Kolada unit id.</source>
        <translation>”%1” är inget enhets-id i Kolada.</translation>
    </message>
    <message>
        <source>Name a municipality (such as 0180) or a unit to compare with.</source>
        <translation>Ange en kommun (t.ex. 0180) eller en enhet att jämföra med.</translation>
    </message>
    <message>
        <source>the Kolada link</source>
        <translation>kopplingen till Kolada</translation>
    </message>
    <message>
        <source>a Kolada value</source>
        <translation>ett värde från Kolada</translation>
    </message>
    <message>
        <source>“%1” is not a municipality id: four digits, such as 0180 (Stockholm) or 0000 (riket), or a group such as G33612.</source>
        <translation>”%1” är inget kommun-id: fyra siffror, som 0180 (Stockholm) eller 0000 (riket), eller en kommungrupp som G33612.</translation>
    </message>
    <message>
        <source>a Kolada group&apos;s title</source>
        <translation>en Kolada-grupps namn</translation>
    </message>
</context>
<context>
    <name>MeasurementRepository</name>
    <message>
        <source>The indicator of this value no longer exists.</source>
        <translation>Indikatorn som värdet gäller finns inte längre.</translation>
    </message>
    <message>
        <source>Values are entered for T1, T2 or VB, not for the plan.</source>
        <translation>Värden registreras för T1, T2 eller VB, inte för verksamhetsplanen.</translation>
    </message>
    <message>
        <source>“%1”: give a reason why the value is not reported.</source>
        <translation>”%1”: ange varför värdet inte redovisas.</translation>
    </message>
    <message>
        <source>“%1” is not split by men and women.</source>
        <translation>”%1” redovisas inte uppdelat på kvinnor och män.</translation>
    </message>
    <message>
        <source>“%1” (%2) was changed by %3 while you were editing it. Reload to see the new value.</source>
        <translation>”%1” (%2) ändrades av %3 medan du redigerade. Läs in på nytt för att se det nya värdet.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>någon annan</translation>
    </message>
    <message>
        <source>the value of “%1” (%2)</source>
        <translation>värdet för ”%1” (%2)</translation>
    </message>
    <message>
        <source>indicator values</source>
        <translation>indikatorvärden</translation>
    </message>
    <message>
        <source>“%1”: the analysis</source>
        <translation>”%1”: analysen</translation>
    </message>
    <message>
        <source>“%1”: the reason</source>
        <translation>”%1”: skälet</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>utfall</translation>
    </message>
    <message>
        <source>men</source>
        <translation>män</translation>
    </message>
    <message>
        <source>women</source>
        <translation>kvinnor</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>prognos</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>”%1”: %2</translation>
    </message>
</context>
<context>
    <name>NewYear</name>
    <message>
        <source>The new year (%1) must come after the year it starts from (%2).</source>
        <translation>Det nya året (%1) måste komma efter året det utgår från (%2).</translation>
    </message>
    <message>
        <source>%1 is more than five years after %2: start the plan from a nearer year.</source>
        <translation>%1 är mer än fem år efter %2: utgå från ett närmare år.</translation>
    </message>
    <message>
        <source>%1 has no goals to start %2 from.</source>
        <translation>%1 har inga mål att starta %2 från.</translation>
    </message>
    <message>
        <source>%1 started from %2: %3 goals, %4 indicators, %5 activities</source>
        <translation>%1 startat från %2: %3 mål, %4 indikatorer, %5 aktiviteter</translation>
    </message>
    <message>
        <source>%1 already has a plan; a new year is made only once.</source>
        <translation>%1 har redan en plan; ett nytt år skapas bara en gång.</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>The committee needs a name.</source>
        <translation>Nämnden behöver ett namn.</translation>
    </message>
    <message>
        <source>the committee</source>
        <translation>nämnden</translation>
    </message>
    <message>
        <source>The unit needs a name.</source>
        <translation>Enheten behöver ett namn.</translation>
    </message>
    <message>
        <source>the unit “%1”</source>
        <translation>enheten ”%1”</translation>
    </message>
    <message>
        <source>The unit&apos;s name</source>
        <translation>Enhetens namn</translation>
    </message>
    <message>
        <source>The unit&apos;s number</source>
        <translation>Enhetens nummer</translation>
    </message>
    <message>
        <source>The unit&apos;s manager</source>
        <translation>Enhetens chef</translation>
    </message>
    <message>
        <source>The committee&apos;s name</source>
        <translation>Nämndens namn</translation>
    </message>
    <message>
        <source>The committee&apos;s short name</source>
        <translation>Nämndens kortnamn</translation>
    </message>
</context>
<context>
    <name>OutcomeImport</name>
    <message>
        <source>(not imported)</source>
        <translation>(läses inte in)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Men/boys</source>
        <translation>Män/pojkar</translation>
    </message>
    <message>
        <source>Women/girls</source>
        <translation>Kvinnor/flickor</translation>
    </message>
    <message>
        <source>Full-year forecast</source>
        <translation>Prognos helår</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <source>No column is mapped to Indicator.</source>
        <translation>Ingen kolumn är kopplad till Indikator.</translation>
    </message>
    <message>
        <source>No column is mapped to a value (outcome, men, women, forecast or analysis).</source>
        <translation>Ingen kolumn är kopplad till ett värde (utfall, män, kvinnor, prognos eller analys).</translation>
    </message>
    <message>
        <source>%1 cells, the header has %2 columns.</source>
        <translation>%1 celler, rubrikraden har %2 kolumner.</translation>
    </message>
    <message>
        <source>Indicator: the cell is empty.</source>
        <translation>Indikator: cellen är tom.</translation>
    </message>
    <message>
        <source>Indicator: “%1” is not an indicator of %2.</source>
        <translation>Indikator: ”%1” är ingen indikator för %2.</translation>
    </message>
    <message>
        <source>Indicator: “%1” is under more than one goal.</source>
        <translation>Indikator: ”%1” finns under mer än ett mål.</translation>
    </message>
    <message>
        <source>Period: “%1” is not T1, T2 or VB.</source>
        <translation>Period: ”%1” är inte T1, T2 eller VB.</translation>
    </message>
    <message>
        <source>%1 %2 is locked.</source>
        <translation>%1 %2 är låst.</translation>
    </message>
    <message>
        <source>“%1” %2 is on line %3 already.</source>
        <translation>”%1” %2 finns redan på rad %3.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number with a decimal point.</source>
        <translation>%1: ”%2” är inte ett tal med decimalpunkt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not split by men and women.</source>
        <translation>%1: ”%2” redovisas inte uppdelat på kvinnor och män.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s); correct them and read it again.</source>
        <translation>
            <numerusform>Filen har %n fel; rätta det och läs in den igen.</numerusform>
            <numerusform>Filen har %n fel; rätta dem och läs in den igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>new analysis</source>
        <translation>ny analys</translation>
    </message>
</context>
<context>
    <name>PeriodRepository</name>
    <message>
        <source>the period %1 %2</source>
        <translation>perioden %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 is already locked.</source>
        <translation>%1 %2 är redan låst.</translation>
    </message>
    <message>
        <source>Give a reason for unlocking the period.</source>
        <translation>Ange ett skäl för att låsa upp perioden.</translation>
    </message>
    <message>
        <source>%1 %2 is not locked.</source>
        <translation>%1 %2 är inte låst.</translation>
    </message>
    <message>
        <source>%1 %2 is locked by %3 (%4); unlock it before changing its values.</source>
        <translation>%1 %2 är låst av %3 (%4); lås upp perioden innan du ändrar dess värden.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>inget skäl angivet</translation>
    </message>
    <message>
        <source>Förslag till beslut</source>
        <translation>Förslag till beslut</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>Sammanfattningen</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Skälet</translation>
    </message>
    <message>
        <source>Handläggare</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>The telephone</source>
        <translation>Telefonnumret</translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message>
        <source>“%1” no longer exists.</source>
        <translation>”%1” finns inte längre.</translation>
    </message>
    <message>
        <source>“%1” is still named by indicators, activities, goals or resultatenheter; give them another unit first.</source>
        <translation>”%1” anges fortfarande av indikatorer, aktiviteter, mål eller resultatenheter; ge dem en annan enhet först.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with it</source>
        <translation>
            <numerusform>%n rad med den</numerusform>
            <numerusform>%n rader med den</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) under it</source>
        <translation>
            <numerusform>%n mål under det</numerusform>
            <numerusform>%n mål under det</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indikator</numerusform>
            <numerusform>%n indikatorer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period value(s)</source>
        <translation>
            <numerusform>%n periodvärde</numerusform>
            <numerusform>%n periodvärden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n årsmål decision(s)</source>
        <translation>
            <numerusform>%n beslut om årsmål</numerusform>
            <numerusform>%n beslut om årsmål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity status(es)</source>
        <translation>
            <numerusform>%n aktivitetsstatus</numerusform>
            <numerusform>%n aktivitetsstatusar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n bedömning</numerusform>
            <numerusform>%n bedömningar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 has economy lines already; start from %3 only into an empty period.</source>
        <translation>%1 %2 har redan ekonomirader; utgå från %3 bara i en tom period.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan inte läsa %1.</translation>
    </message>
    <message>
        <source>%1 %2 has no economy lines to start from.</source>
        <translation>%1 %2 har inga ekonomirader att utgå från.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) copied into %1 %2</source>
        <translation>
            <numerusform>%n rad kopierad till %1 %2</numerusform>
            <numerusform>%n rader kopierade till %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Move goal %1</source>
        <translation>Flytta mål %1</translation>
    </message>
</context>
<context>
    <name>ReportImporter</name>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>line %1: the indicator&apos;s goal %2 was not imported.</source>
        <translation>rad %1: indikatorns mål %2 lästes inte in.</translation>
    </message>
    <message>
        <source>line %1: the activity&apos;s goal %2 was not imported.</source>
        <translation>rad %1: aktivitetens mål %2 lästes inte in.</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>en rapport</translation>
    </message>
    <message>
        <source>%1 (%2 new, %3 changed)</source>
        <translation>%1 (%2 nya, %3 ändrade)</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>  goals:            %1</source>
        <translation>  mål:              %1</translation>
    </message>
    <message>
        <source>  assessments:      %1</source>
        <translation>  bedömningar:      %1</translation>
    </message>
    <message>
        <source>  indicators:       %1</source>
        <translation>  indikatorer:      %1</translation>
    </message>
    <message>
        <source>  values:           %1</source>
        <translation>  värden:           %1</translation>
    </message>
    <message>
        <source>  Utfall VB %1:     %2 stored in %1</source>
        <translation>  Utfall VB %1:     %2 sparade i %1</translation>
    </message>
    <message>
        <source>  activities:       %1</source>
        <translation>  aktiviteter:      %1</translation>
    </message>
    <message>
        <source>  activity status:  %1</source>
        <translation>  aktivitetsstatus: %1</translation>
    </message>
    <message>
        <source>  economy lines:    %1 verksamhetsområden, %2 resultatenheter, %3 investments</source>
        <translation>  ekonomirader:     %1 verksamhetsområden, %2 resultatenheter, %3 investeringar</translation>
    </message>
    <message>
        <source>  rejected lines:   %1</source>
        <translation>  avvisade rader:   %1</translation>
    </message>
    <message>
        <source>    line %1: %2 — %3</source>
        <translation>    rad %1: %2 — %3</translation>
    </message>
    <message>
        <source>  checks that failed: %1</source>
        <translation>  kontroller som inte stämmer: %1</translation>
    </message>
    <message>
        <source>    line %1: %2</source>
        <translation>    rad %1: %2</translation>
    </message>
    <message>
        <source>  tables not imported: %1</source>
        <translation>  tabeller som inte läses in: %1</translation>
    </message>
    <message>
        <source>  nothing changed: the store already holds this report</source>
        <translation>  ingenting ändrades: databasen har redan denna rapport</translation>
    </message>
    <message>
        <source>the report is for “%1”, which the store does not have (it has %2). Import it as a new committee only if that is right (malkoll-cli: --new-committee).</source>
        <translation>rapporten gäller ”%1”, som inte finns i databasen (den har %2). Läs in den som en ny nämnd bara om det är rätt (malkoll-cli: --new-committee).</translation>
    </message>
    <message>
        <source>  new committee:    %1 (it was not in the store)</source>
        <translation>  ny nämnd:         %1 (fanns inte i databasen)</translation>
    </message>
    <message>
        <source>The report does not say which committee it is for, and the store has %1 committees. Say which (malkoll-cli: --committee NAME).</source>
        <translation>Rapporten säger inte vilken nämnd den gäller, och databasen har %1 nämnder. Ange vilken (malkoll-cli: --committee NAMN).</translation>
    </message>
    <message>
        <source>committee “%1”: the only one in the store</source>
        <translation>nämnd ”%1”: den enda i databasen</translation>
    </message>
    <message>
        <source>The file has no document title such as “Tertialrapport 1 2024 för Kungsholmens stadsdelsnämnd” or “Verksamhetsplan 2021 för …”, and its text does not tell the %1. Say it (malkoll-cli: --committee NAME --year YEAR --period VP|T1|T2|VB).</source>
        <translation>Filen har ingen dokumenttitel som ”Tertialrapport 1 2024 för Kungsholmens stadsdelsnämnd” eller ”Verksamhetsplan 2021 för …”, och texten visar inte %1. Ange det (malkoll-cli: --committee NAMN --year ÅR --period VP|T1|T2|VB).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>året</translation>
    </message>
    <message>
        <source>period</source>
        <translation>perioden</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (rad %2)</translation>
    </message>
    <message>
        <source>%1 %2 imported from %3%4</source>
        <translation>%1 %2 inläst från %3%4</translation>
    </message>
    <message>
        <source> (the report of %1)</source>
        <translation> (rapport från %1)</translation>
    </message>
    <message>
        <source>  guessed:          %1 — not in the title; --committee/--year/--period override</source>
        <translation>  gissat:           %1 — står inte i titeln; --committee/--year/--period gäller före</translation>
    </message>
    <message>
        <source>  unit&apos;s report:    %1%2: its values, assessments and activities are the unit&apos;s</source>
        <translation>  enhetens rapport: %1%2: värden, bedömningar och aktiviteter är enhetens</translation>
    </message>
    <message>
        <source> (new unit)</source>
        <translation> (ny enhet)</translation>
    </message>
    <message>
        <source>  implied goals:    %1 — not named in the report, made from the numbers below them; give their titles in the plan</source>
        <translation>  underförstådda mål: %1 — nämns inte i rapporten, skapade utifrån numren under dem; ange deras titlar i planen</translation>
    </message>
    <message>
        <source>  matched by title: %1</source>
        <translation>  matchat på titel: %1</translation>
    </message>
    <message>
        <source>  economy:          the unit&apos;s economy lines are not imported into the committee&apos;s economy</source>
        <translation>  ekonomi:          enhetens ekonomirader importeras inte till nämndens ekonomi</translation>
    </message>
    <message>
        <source>  goal analyses:    %1</source>
        <translation>  målanalyser:      %1</translation>
    </message>
    <message>
        <source>  texts:            %1 summary and title block, %2 sections</source>
        <translation>  texter:           %1 sammanfattning och rubrikblock, %2 avsnitt</translation>
    </message>
    <message>
        <source>  not stored:       %1 economy lines in tables that do not add up to their own total (--accept-unreconciled stores them as read)</source>
        <translation>  inte sparat:      %1 ekonomirader i tabeller som inte summerar till sin egen totalsumma (--accept-unreconciled sparar dem som de lästs)</translation>
    </message>
    <message>
        <source>  city&apos;s KF goals:  taken from this plan (%1 goals and KF-indikatorer); other committees attach to them</source>
        <translation>  stadens KF-mål:   tagna från denna plan (%1 mål och KF-indikatorer); andra nämnder kopplas till dem</translation>
    </message>
    <message>
        <source>  city&apos;s KF goals:  %1 goals and KF-indikatorer now follow the city&apos;s</source>
        <translation>  stadens KF-mål:   %1 mål och KF-indikatorer följer nu stadens</translation>
    </message>
    <message>
        <source>    not in the city&apos;s KF structure: %1</source>
        <translation>    inte i stadens KF-struktur: %1</translation>
    </message>
    <message>
        <source>    the city&apos;s holds: %1</source>
        <translation>    stadens gäller: %1</translation>
    </message>
</context>
<context>
    <name>ReportParser</name>
    <message>
        <source>goal number %1 does not fit the level “%2”</source>
        <translation>målnummer %1 passar inte nivån ”%2”</translation>
    </message>
    <message>
        <source>a table Målkoll does not hold: %1</source>
        <translation>en tabell som Målkoll inte lagrar: %1</translation>
    </message>
    <message>
        <source>an activity without Startdatum and Slutdatum</source>
        <translation>en aktivitet utan Startdatum och Slutdatum</translation>
    </message>
    <message>
        <source>column “%1”: %2</source>
        <translation>kolumn ”%1”: %2</translation>
    </message>
    <message>
        <source>an Analys row before any indicator</source>
        <translation>en Analys-rad före första indikatorn</translation>
    </message>
    <message>
        <source>a line of text in an indicator table that is neither an indicator nor its analysis</source>
        <translation>en textrad i en indikatortabell som varken är en indikator eller dess analys</translation>
    </message>
    <message>
        <source>an indicator before any goal heading</source>
        <translation>en indikator före första målrubriken</translation>
    </message>
    <message>
        <source>%1 cells after the indicator name, the table has %2 columns</source>
        <translation>%1 celler efter indikatorns namn, tabellen har %2 kolumner</translation>
    </message>
    <message>
        <source>column “Period”: “%1” is neither Tertial nor År</source>
        <translation>kolumn ”Period”: ”%1” är varken Tertial eller År</translation>
    </message>
    <message>
        <source>an Analys row before any activity</source>
        <translation>en Analys-rad före första aktiviteten</translation>
    </message>
    <message>
        <source>Startdatum and Slutdatum must be two dates (ÅÅÅÅ-MM-DD)</source>
        <translation>Startdatum och Slutdatum måste vara två datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>an activity before any goal heading</source>
        <translation>en aktivitet före första målrubriken</translation>
    </message>
    <message>
        <source>an activity without a title</source>
        <translation>en aktivitet utan titel</translation>
    </message>
    <message>
        <source>Slutdatum %1 is before Startdatum %2</source>
        <translation>Slutdatum %1 är före Startdatum %2</translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not an amount</source>
        <translation>kolumn ”%1”: ”%2” är inget belopp</translation>
    </message>
    <message>
        <source>Avvikelse %1 in the report, %2 from the line&apos;s figures</source>
        <translation>Avvikelse %1 i rapporten, %2 enligt radens siffror</translation>
    </message>
    <message>
        <source>Netto %1 in the plan, %2 from Kostnader and Intäkter</source>
        <translation>Netto %1 i planen, %2 enligt Kostnader och Intäkter</translation>
    </message>
    <message>
        <source>a table Målkoll does not hold: investments by project</source>
        <translation>en tabell som Målkoll inte lagrar: investeringar per projekt</translation>
    </message>
    <message>
        <source>a goal heading without a goal after it</source>
        <translation>en målrubrik utan mål efter sig</translation>
    </message>
    <message>
        <source>one date (“%1”) where Startdatum and Slutdatum are expected: Slutdatum is missing</source>
        <translation>ett datum (”%1”) där startdatum och slutdatum väntas: slutdatum saknas</translation>
    </message>
    <message>
        <source>%1 dates (%2) where Startdatum and Slutdatum are expected</source>
        <translation>%1 datum (%2) där startdatum och slutdatum väntas</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date (ÅÅÅÅ-MM-DD)</source>
        <translation>%1 ”%2” är inget datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>column “%1”: %2 characters, at most %3 are read</source>
        <translation>kolumnen ”%1”: %2 tecken, högst %3 läses</translation>
    </message>
    <message>
        <source>a line that begins like a document title but names no committee (%1 characters after “för”)</source>
        <translation>en rad som börjar som en dokumenttitel men inte namnger någon nämnd (%1 tecken efter ”för”)</translation>
    </message>
    <message>
        <source>goal title</source>
        <translation>målets rubrik</translation>
    </message>
    <message>
        <source>an Analys row below the indicator row on line %1, which was not read</source>
        <translation>en analysrad under indikatorraden på rad %1, som inte lästes</translation>
    </message>
    <message>
        <source>an Analys row below the activity row on line %1, which was not read</source>
        <translation>en analysrad under aktivitetsraden på rad %1, som inte lästes</translation>
    </message>
    <message>
        <source>column %1: the control character U+%2 was removed</source>
        <translation>kolumn %1: styrtecknet U+%2 togs bort</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>förslag till beslut</translation>
    </message>
    <message>
        <source>expected result</source>
        <translation>förväntat resultat</translation>
    </message>
    <message>
        <source>a table row with no table header above it that Målkoll reads</source>
        <translation>en tabellrad utan en tabellrubrik ovanför som Målkoll läser</translation>
    </message>
    <message>
        <source>committee “%1” from “%2”</source>
        <translation>nämnd ”%1” från ”%2”</translation>
    </message>
    <message>
        <source>%1 %2 from the Period column “%3”</source>
        <translation>%1 %2 från kolumnen Period ”%3”</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>%1 från ”%2”</translation>
    </message>
    <message>
        <source>year %1 from the Period column</source>
        <translation>år %1 från kolumnen Period</translation>
    </message>
    <message>
        <source>year %1 from the column of last year&apos;s outcome “%2”</source>
        <translation>år %1 från kolumnen med förra årets utfall ”%2”</translation>
    </message>
    <message>
        <source>%1 %2 from the date %3</source>
        <translation>%1 %2 från datumet %3</translation>
    </message>
    <message>
        <source>a goal heading without a title</source>
        <translation>en målrubrik utan titel</translation>
    </message>
    <message>
        <source>column “%1” of the indicator table has no place in Målkoll; not imported</source>
        <translation>kolumnen ”%1” i indikatortabellen har ingen plats i Målkoll; importeras inte</translation>
    </message>
    <message>
        <source>column “%1” of the economy table has no place in Målkoll; not imported</source>
        <translation>kolumnen ”%1” i ekonomitabellen har ingen plats i Målkoll; importeras inte</translation>
    </message>
    <message>
        <source>%1 cells for %2 columns: a lost empty cell inferred, every value in its one possible column</source>
        <translation>%1 celler för %2 kolumner: en förlorad tom cell har lagts tillbaka, varje värde i sin enda möjliga kolumn</translation>
    </message>
    <message>
        <source>%1 cells for %2 columns: the row is read on the cells that can be placed; the column of %3 is uncertain, so they are not stored</source>
        <translation>%1 celler för %2 kolumner: raden läses på de celler som kan placeras; kolumnen för %3 är osäker, så de sparas inte</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Kan inte läsa ”%1”: %2</translation>
    </message>
    <message>
        <source>%1 %2 read, %3 not read</source>
        <translation>%1 %2 inlästa, %3 ej inlästa</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indikatorer</translation>
    </message>
    <message>
        <source>values</source>
        <translation>värden</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>aktiviteter</translation>
    </message>
    <message>
        <source>economy lines</source>
        <translation>ekonomirader</translation>
    </message>
    <message>
        <source>the economy&apos;s summary table (Anslag, Kostnader, Intäkter, the prognosis before and after resultatdispositioner): Målkoll computes it from the lines</source>
        <translation>ekonomins sammanställningstabell (Anslag, Kostnader, Intäkter, prognosen före och efter resultatdispositioner): Målkoll räknar fram den ur raderna</translation>
    </message>
    <message>
        <source>read “%1” as part of the line above: only then do the lines add up to %2</source>
        <translation>läste ”%1” som en del av raden ovanför: bara så summerar raderna till %2</translation>
    </message>
    <message>
        <source>read “%1” as a line of its own: only then do the lines add up to %2</source>
        <translation>läste ”%1” som en egen rad: bara så summerar raderna till %2</translation>
    </message>
    <message>
        <source>%1: %2 in the report&apos;s %3, %4 from the %5 lines above (a difference of %6); the table&apos;s %7 lines are not stored</source>
        <translation>%1: %2 i rapportens %3, %4 från de %5 raderna ovanför (en skillnad på %6); tabellens %7 rader lagras inte</translation>
    </message>
    <message>
        <source>an economy table without Totalt: its lines could not be checked</source>
        <translation>en ekonomitabell utan Totalt: raderna kunde inte kontrolleras</translation>
    </message>
    <message>
        <source>investments, %1: %2 in the report&apos;s %3, %4 from the lines above; the table&apos;s %5 lines are not stored</source>
        <translation>investeringar, %1: %2 i rapportens %3, %4 från raderna ovanför; tabellens %5 rader lagras inte</translation>
    </message>
    <message>
        <source>Resultatöverföring: %1 in the report&apos;s %2, %3 from the %4 resultatenheter above; not stored</source>
        <translation>Resultatöverföring: %1 i rapportens %2, %3 från de %4 resultatenheterna ovanför; lagras inte</translation>
    </message>
    <message>
        <source>the lines of “%1” are read already as its parts</source>
        <translation>raderna för ”%1” är redan lästa som dess delar</translation>
    </message>
    <message>
        <source>the table breaks down “%1”: its %2 %3 equals that line of the main table, so its lines are that area&apos;s parts, not areas of their own</source>
        <translation>tabellen delar upp ”%1”: dess %2 %3 är lika med den raden i huvudtabellen, så raderna är områdets delar, inte egna områden</translation>
    </message>
    <message>
        <source>a table of one area&apos;s parts whose %1 %2 matches no line of the main table; its %3 lines are not stored</source>
        <translation>en tabell över ett områdes delar vars %1 %2 inte motsvarar någon rad i huvudtabellen; dess %3 rader lagras inte</translation>
    </message>
    <message>
        <source>fidelity: %1 % of %2 table lines read; %3; %4; %5; %6; %7; %8</source>
        <translation>fidelity: %1 % av %2 tabellrader lästa; %3; %4; %5; %6; %7; %8</translation>
    </message>
    <message>
        <source>analyses</source>
        <translation>analyser</translation>
    </message>
    <message>
        <source>column “%1” of the plan&apos;s budget checks its Netto; not stored</source>
        <translation>kolumnen ”%1” i planens budget kontrollerar dess netto; sparas inte</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Cannot start drawing the report.</source>
        <translation>Kan inte börja rita rapporten.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Rapporten avbröts.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan inte skriva ”%1”: %2</translation>
    </message>
    <message>
        <source>“%1” exists; it was left as it is.</source>
        <translation>”%1” finns redan; den lämnades som den var.</translation>
    </message>
    <message>
        <source>Cannot write “%1” as OpenDocument text.</source>
        <translation>Kan inte skriva ”%1” som OpenDocument-text.</translation>
    </message>
    <message>
        <source>Cannot write in the folder of “%1”: %2</source>
        <translation>Kan inte skriva i mappen för ”%1”: %2</translation>
    </message>
</context>
<context>
    <name>ReportRound</name>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Klar för granskning</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Återremitterad</translation>
    </message>
    <message>
        <source>“%1” is marked not reported but has no reason.</source>
        <translation>”%1” är markerad som ej redovisad men saknar skäl.</translation>
    </message>
    <message>
        <source>You may only read this store.</source>
        <translation>Du får bara läsa i det här lagret.</translation>
    </message>
    <message>
        <source>The unit has nothing to report for %1 %2.</source>
        <translation>Enheten har inget att redovisa för %1 %2.</translation>
    </message>
    <message>
        <source>%1 cannot be submitted yet:
• %2</source>
        <translation>%1 kan inte lämnas in ännu:
• %2</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 är redan %2.</translation>
    </message>
    <message>
        <source>Only a controller approves or returns a unit&apos;s part.</source>
        <translation>Bara en controller godkänner eller återremitterar en enhets del.</translation>
    </message>
    <message>
        <source>Only a submitted part can be approved (this one is “%1”).</source>
        <translation>Bara en inlämnad del kan godkännas (den här är ”%1”).</translation>
    </message>
    <message>
        <source>Say what is to be done: a returned part needs a comment.</source>
        <translation>Skriv vad som ska göras: en återremitterad del behöver en kommentar.</translation>
    </message>
    <message>
        <source>Only a submitted or approved part can be returned (this one is “%1”).</source>
        <translation>Bara en inlämnad eller godkänd del kan återremitteras (den här är ”%1”).</translation>
    </message>
</context>
<context>
    <name>RoundRepository</name>
    <message>
        <source>Someone else changed this unit&apos;s round meanwhile (it is now “%1”); nothing was saved.</source>
        <translation>Någon annan har ändrat enhetens inlämning under tiden (den är nu ”%1”); inget sparades.</translation>
    </message>
    <message>
        <source>the round</source>
        <translation>inlämningen</translation>
    </message>
    <message>
        <source>the deadline</source>
        <translation>sista dagen</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>the table “%1”</source>
        <translation>tabellen ”%1”</translation>
    </message>
    <message>
        <source>the column “%1.%2”</source>
        <translation>kolumnen ”%1.%2”</translation>
    </message>
    <message>
        <source>it lacks %1, which schema %2 has</source>
        <translation>den saknar %1, som schema %2 har</translation>
    </message>
</context>
<context>
    <name>SectionRepository</name>
    <message>
        <source>A section needs a title.</source>
        <translation>Ett avsnitt behöver en rubrik.</translation>
    </message>
    <message>
        <source>The section&apos;s title</source>
        <translation>Avsnittets rubrik</translation>
    </message>
    <message>
        <source>The text of “%1”</source>
        <translation>Texten i ”%1”</translation>
    </message>
    <message>
        <source>the section “%1”</source>
        <translation>avsnittet ”%1”</translation>
    </message>
    <message>
        <source>Could not save the section “%1”.</source>
        <translation>Kunde inte spara avsnittet ”%1”.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>“%1” is not a server address; write postgresql://[user@]host[:port]/database.</source>
        <translation>”%1” är ingen serveradress; skriv postgresql://[användare@]värd[:port]/databas.</translation>
    </message>
    <message>
        <source>“%1” has no valid port.</source>
        <translation>”%1” har ingen giltig port.</translation>
    </message>
    <message>
        <source>“%1” names no database; write postgresql://[user@]host[:port]/database.</source>
        <translation>”%1” anger ingen databas; skriv postgresql://[användare@]värd[:port]/databas.</translation>
    </message>
    <message>
        <source>The server refused setting up “%1”: %2</source>
        <translation>Servern vägrade att ställa i ordning ”%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a login name Målkoll accepts (letters, digits, _ . @ -; at most 63).</source>
        <translation>”%1” är inget inloggningsnamn som Målkoll godtar (bokstäver, siffror, _ . @ -; högst 63).</translation>
    </message>
    <message>
        <source>An enhetschef needs at least one unit (--unit NAME).</source>
        <translation>En enhetschef behöver minst en enhet (--unit NAMN).</translation>
    </message>
    <message>
        <source>Only an enhetschef has units.</source>
        <translation>Bara en enhetschef har enheter.</translation>
    </message>
    <message>
        <source>There is no unit “%1” in the store.</source>
        <translation>Det finns ingen enhet ”%1” i lagret.</translation>
    </message>
    <message>
        <source>%1 may now log in to %2 as %3.</source>
        <translation>%1 kan nu logga in i %2 som %3.</translation>
    </message>
    <message>
        <source>“%1”: Målkoll does not pass on “%2”; it takes host, port, user, dbname, %3.</source>
        <translation>”%1”: Målkoll skickar inte vidare ”%2”; det tar host, port, user, dbname, %3.</translation>
    </message>
    <message>
        <source>“%1”: sslmode is one of %2.</source>
        <translation>”%1”: sslmode är en av %2.</translation>
    </message>
    <message>
        <source>“%1”: channel_binding is one of %2.</source>
        <translation>”%1”: channel_binding är en av %2.</translation>
    </message>
    <message>
        <source>“%1”: a certificate&apos;s file name may not hold ; or &apos;.</source>
        <translation>”%1”: ett certifikats filnamn får inte innehålla ; eller &apos;.</translation>
    </message>
    <message>
        <source>Not a superuser, so these were left for the cluster&apos;s superuser to run: in %1 “REVOKE EXECUTE ON FUNCTION lo_create(oid), lo_creat(integer), lo_from_bytea(oid, bytea), lo_put(oid, bigint, bytea) FROM PUBLIC”; once for the cluster “REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1 FROM PUBLIC”.</source>
        <translation>Inte superanvändare, så detta lämnades åt klustrets superanvändare att köra: i %1 ”REVOKE EXECUTE ON FUNCTION lo_create(oid), lo_creat(integer), lo_from_bytea(oid, bytea), lo_put(oid, bigint, bytea) FROM PUBLIC”; en gång för klustret ”REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1 FROM PUBLIC”.</translation>
    </message>
    <message>
        <source>“%1” has no roles yet: run “malkoll-cli server-init %1” first.</source>
        <translation>”%1” har inga roller ännu: kör ”malkoll-cli server-init %1” först.</translation>
    </message>
    <message>
        <source>“%1” names %2 units (%3); give its number or “Nämnd/Enhet”.</source>
        <translation>”%1” avser %2 enheter (%3); ange dess nummer eller ”Nämnd/Enhet”.</translation>
    </message>
    <message>
        <source>There is no login “%1” on the server.</source>
        <translation>Det finns ingen inloggning ”%1” på servern.</translation>
    </message>
    <message>
        <source>%1 may no longer log in to %2 (the login itself stays for the other committees it may have).</source>
        <translation>%1 får inte längre logga in i %2 (själva inloggningen finns kvar för andra nämnder den kan ha).</translation>
    </message>
    <message>
        <source>The role must be enhetschef, controller, reader or stad.</source>
        <translation>Rollen ska vara enhetschef, controller, reader eller stad.</translation>
    </message>
    <message>
        <source>Stad (stadsledningskontoret) reads every committee and has no committee of its own.</source>
        <translation>Stad (stadsledningskontoret) läser alla nämnder och har ingen egen nämnd.</translation>
    </message>
    <message>
        <source>“%1” has no stad role yet: run “malkoll-cli server-init %1” again.</source>
        <translation>”%1” har ingen stad-roll ännu: kör ”malkoll-cli server-init %1” igen.</translation>
    </message>
    <message>
        <source>There is no one committee “%1” in the store.</source>
        <translation>Det finns ingen entydig nämnd ”%1” i databasen.</translation>
    </message>
    <message>
        <source>The store holds several committees: name the controller&apos;s with --committee NAME.</source>
        <translation>Databasen har flera nämnder: ange controllerns med --committee NÄMND.</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>There is no committee with id %1 in the store.</source>
        <translation>Det finns ingen nämnd med id %1 i databasen.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The store “%1” does not exist.</source>
        <translation>Databasen ”%1” finns inte.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Målkoll store.</source>
        <translation>”%1” är en mapp, inte en Målkoll-databas.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Kan inte öppna ”%1”: %2</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Målkoll (schema %2; this version reads up to %3). Update Målkoll to open it.</source>
        <translation>”%1” skrevs av en nyare Målkoll (schema %2; den här versionen läser till och med %3). Uppdatera Målkoll för att öppna den.</translation>
    </message>
    <message>
        <source>Upgrading the store to schema %1 failed: %2</source>
        <translation>Uppgraderingen av databasen till schema %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction on “%1”: %2</source>
        <translation>Kan inte starta en transaktion i ”%1”: %2</translation>
    </message>
    <message>
        <source>Saving to “%1” failed: %2</source>
        <translation>Det gick inte att spara till ”%1”: %2</translation>
    </message>
    <message>
        <source>Internal error preparing a query (%1): %2</source>
        <translation>Internt fel när en fråga förbereddes (%1): %2</translation>
    </message>
    <message>
        <source>The store refused the change: %1</source>
        <translation>Databasen vägrade ändringen: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kunde inte spara %1: %2</translation>
    </message>
    <message>
        <source>The tolerance must be between 0 and 100 %.</source>
        <translation>Toleransen ska vara mellan 0 och 100 %.</translation>
    </message>
    <message>
        <source>the default tolerance</source>
        <translation>standardtoleransen</translation>
    </message>
    <message>
        <source>Could not save %1, row %2: %3</source>
        <translation>Kunde inte spara %1, rad %2: %3</translation>
    </message>
    <message>
        <source>The store was not upgraded: %1</source>
        <translation>Databasen uppgraderades inte: %1</translation>
    </message>
    <message>
        <source>The backup “%1” exists already.</source>
        <translation>Säkerhetskopian ”%1” finns redan.</translation>
    </message>
    <message>
        <source>Cannot back up “%1”: %2</source>
        <translation>Kan inte säkerhetskopiera ”%1”: %2</translation>
    </message>
    <message>
        <source>Cannot back up “%1” to “%2”: %3</source>
        <translation>Kan inte säkerhetskopiera ”%1” till ”%2”: %3</translation>
    </message>
    <message>
        <source>“%1” is read-only and cannot be opened: it needs to be upgraded to schema %2 first (it is at %3).</source>
        <translation>”%1” är skrivskyddad och kan inte öppnas: den behöver först uppgraderas till schema %2 (den är på %3).</translation>
    </message>
    <message>
        <source>There is no table “%1” to export.</source>
        <translation>Det finns ingen tabell ”%1” att exportera.</translation>
    </message>
    <message>
        <source>the table “%1”</source>
        <translation>tabellen ”%1”</translation>
    </message>
    <message>
        <source>Restore it from a backup (there is none in “%1”).</source>
        <translation>Återställ den från en säkerhetskopia (det finns ingen i ”%1”).</translation>
    </message>
    <message>
        <source>“%1” is not a Målkoll store (not an SQLite database); it was left as it is.</source>
        <translation>”%1” är ingen Målkoll-databas (ingen SQLite-databas); den lämnades orörd.</translation>
    </message>
    <message>
        <source>“%1” is damaged or cannot be read (%2). %3</source>
        <translation>”%1” är skadad eller kan inte läsas (%2). %3</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened (%2). %3</source>
        <translation>”%1” är skadad och öppnades inte (%2). %3</translation>
    </message>
    <message>
        <source>“%1” is an SQLite file but not a Målkoll store; it was left as it is.</source>
        <translation>”%1” är en SQLite-fil men ingen Målkoll-databas; den lämnades orörd.</translation>
    </message>
    <message>
        <source>“%1” is an empty database, not a Målkoll store; it was left as it is.</source>
        <translation>”%1” är en tom databas, ingen Målkoll-databas; den lämnades orörd.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened: %2. %3</source>
        <translation>”%1” är skadad och öppnades inte: %2. %3</translation>
    </message>
    <message>
        <source>The store “%1” is read-only for you.</source>
        <translation>Databasen ”%1” är skrivskyddad för dig.</translation>
    </message>
    <message>
        <source>Restore it from a backup: the newest is “%1” (File → Restore from a backup…).</source>
        <translation>Återställ den från en säkerhetskopia: den senaste är ”%1” (Arkiv → Återställ från säkerhetskopia…).</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Målkoll store; it was left as it is. Create a store with File → New store…, “malkoll-cli demo” or an import.</source>
        <translation>”%1” är en tom fil, ingen Målkoll-databas; den lämnades orörd. Skapa en databas med Arkiv → Ny databas…, ”malkoll-cli demo” eller en inläsning.</translation>
    </message>
    <message>
        <source>There is no table “%1”.</source>
        <translation>Det finns ingen tabell ”%1”.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Kan inte öppna ”%1”: Qt:s PostgreSQL-drivrutin är inte installerad (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to “%1”: %2</source>
        <translation>Kan inte ansluta till ”%1”: %2</translation>
    </message>
    <message>
        <source>The database “%1” holds other tables and is not a Målkoll store; it was left as it is.</source>
        <translation>Databasen ”%1” innehåller andra tabeller och är inget Målkoll-lager; den lämnades som den var.</translation>
    </message>
    <message>
        <source>The database “%1” is empty, not a Målkoll store.</source>
        <translation>Databasen ”%1” är tom, inget Målkoll-lager.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened: %2.</source>
        <translation>”%1” är skadat och öppnades inte: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for reading: it is at schema %2, this version reads up to %3.</source>
        <translation>”%1” kan inte öppnas för läsning: det har schema %2, den här versionen läser upp till %3.</translation>
    </message>
    <message>
        <source>A server store is backed up by the server (pg_dump), or copied to a file with “malkoll-cli copy-store %1 FILE”.</source>
        <translation>Ett serverlager säkerhetskopieras av servern (pg_dump), eller kopieras till en fil med ”malkoll-cli copy-store %1 FIL”.</translation>
    </message>
    <message>
        <source>“%1” is read-only.</source>
        <translation>”%1” är skrivskyddat.</translation>
    </message>
    <message>
        <source>“%1” holds data already (%2 rows in “%3”); copy-store writes only into an empty store.</source>
        <translation>”%1” innehåller redan data (%2 rader i ”%3”); copy-store skriver bara till ett tomt lager.</translation>
    </message>
    <message>
        <source>The copy was not made: “%1” has %2 rows in “%3”, the copy %4.</source>
        <translation>Kopian gjordes inte: ”%1” har %2 rader i ”%3”, kopian %4.</translation>
    </message>
    <message>
        <source>Målkoll reaches a server over the network only with TLS and checks its certificate (sslmode=verify-full): give the city&apos;s root certificate with ?sslrootcert=FILE, or choose another sslmode in the address.</source>
        <translation>Målkoll når en server över nätverket bara med TLS och kontrollerar dess certifikat (sslmode=verify-full): ange stadens rotcertifikat med ?sslrootcert=FIL, eller välj ett annat sslmode i adressen.</translation>
    </message>
</context>
<context>
    <name>SwedishNumber</name>
    <message>
        <source>No number given.</source>
        <translation>Inget tal angivet.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Write it as in “1 320,5” (decimal comma).</source>
        <translation>”%1” är inget tal. Skriv som i ”1 320,5” (decimalkomma).</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>”%1” är inget tal.</translation>
    </message>
    <message>
        <source>“%1” is not a number: unexpected “%2” after %3.</source>
        <translation>”%1” är inget tal: oväntat ”%2” efter %3.</translation>
    </message>
    <message>
        <source>“%1”: this indicator has no unit, remove “%2”.</source>
        <translation>”%1”: indikatorn har ingen enhet, ta bort ”%2”.</translation>
    </message>
    <message>
        <source>“%1”: the unit is %2, not “%3”.</source>
        <translation>”%1”: enheten är %2, inte ”%3”.</translation>
    </message>
    <message>
        <source>“%1” is too large: Målkoll takes values up to 1 000 000 000 000.</source>
        <translation>”%1” är för stort: Målkoll tar värden upp till 1 000 000 000 000.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export to Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Ingenting exporterades: %1</translation>
    </message>
</context>
<context>
    <name>TargetText</name>
    <message>
        <source>Cannot read the target “%1”: expected a number with its unit, Öka/Minska, Max/Minst N, +/- N, “N % relativt ÅÅÅÅ”, “Tas fram av nämnd” or “Fastställs ÅÅÅÅ”.</source>
        <translation>Kan inte läsa målvärdet ”%1”: förväntade ett tal med enhet, Öka/Minska, Max/Minst N, +/- N, ”N % relativt ÅÅÅÅ”, ”Tas fram av nämnd” eller ”Fastställs ÅÅÅÅ”.</translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>%1: character %2 is a control character (U+%3).</source>
        <translation>%1: tecken %2 är ett styrtecken (U+%3).</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; a text Målkoll reads is at most %3 MB.</source>
        <translation>”%1” är %2 MB; en text som Målkoll läser är högst %3 MB.</translation>
    </message>
    <message>
        <source>“%1” is not a text file: line %2, column %3 holds the control character U+%4, and %5 more follow in its beginning.</source>
        <translation>”%1” är ingen textfil: rad %2, kolumn %3 innehåller styrtecknet U+%4, och %5 till följer i början av filen.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 är %2 tecken lång; högst %3 tillåts.</translation>
    </message>
    <message>
        <source>%1: the value is not a finite number.</source>
        <translation>%1: värdet är inget ändligt tal.</translation>
    </message>
    <message>
        <source>%1: %2 is too large; Målkoll takes values up to 1 000 000 000 000.</source>
        <translation>%1: %2 är för stort; Målkoll tar värden upp till 1 000 000 000 000.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>no values yet</source>
        <translation>inga värden ännu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Outcome VB</source>
        <translation>Utfall VB</translation>
    </message>
    <message>
        <source>Men/boys</source>
        <translation>Män/pojkar</translation>
    </message>
    <message>
        <source>Women/girls</source>
        <translation>Kvinnor/flickor</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>Årsmål</translation>
    </message>
    <message>
        <source>KF annual target</source>
        <translation>KF:s årsmål</translation>
    </message>
    <message>
        <source>Full-year forecast</source>
        <translation>Prognos helår</translation>
    </message>
    <message>
        <source>Source: Kolada (RKA)</source>
        <translation>Källa: Kolada (RKA)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No store is open.</source>
        <translation>Ingen databas är öppen.</translation>
    </message>
    <message>
        <source>%1 %2: %3 “%4” → “%5”</source>
        <translation>%1 %2: %3 ”%4” → ”%5”</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Kan inte skriva ”%1”.</translation>
    </message>
    <message>
        <source>Cannot add the sheet “%1” to “%2”.</source>
        <translation>Kan inte lägga till bladet ”%1” i ”%2”.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan inte skriva ”%1”: %2</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Ingenting exporterades: %1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>“%1” is not an Excel workbook (.xlsx): %2</source>
        <translation>”%1” är ingen Excel-arbetsbok (.xlsx): %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: its part “%2” is not valid XML (line %3: %4).</source>
        <translation>”%1” går inte att läsa: dess del ”%2” är inte giltig XML (rad %3: %4).</translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook (.xlsx): it has no workbook part.</source>
        <translation>”%1” är ingen Excel-arbetsbok (.xlsx): den saknar arbetsboksdel.</translation>
    </message>
    <message>
        <source>“%1” has no worksheet.</source>
        <translation>”%1” har inget kalkylblad.</translation>
    </message>
    <message>
        <source>“%1” has no sheet “%2”; its sheets are %3.</source>
        <translation>”%1” har inget blad ”%2”; dess blad är %3.</translation>
    </message>
    <message>
        <source>“%1”, sheet “%2”: row %3 comes after row %4.</source>
        <translation>”%1”, blad ”%2”: rad %3 kommer efter rad %4.</translation>
    </message>
    <message>
        <source>“%1”, sheet “%2”, row %3: the cell reference “%4” is not in the row.</source>
        <translation>”%1”, blad ”%2”, rad %3: cellreferensen ”%4” ligger inte i raden.</translation>
    </message>
    <message>
        <source>“%1”, sheet “%2”, row %3: more than %4 columns.</source>
        <translation>”%1”, blad ”%2”, rad %3: fler än %4 kolumner.</translation>
    </message>
    <message>
        <source>“%1”, sheet “%2”, cell %3%4: the shared string %5 does not exist.</source>
        <translation>”%1”, blad ”%2”, cell %3%4: den delade strängen %5 finns inte.</translation>
    </message>
    <message>
        <source>“%1” is password-protected (or an old .xls file): open it in Excel, remove the password, save it as .xlsx and import that.</source>
        <translation>”%1” är lösenordsskyddad (eller en gammal .xls-fil): öppna den i Excel, ta bort lösenordet, spara den som .xlsx och läs in den.</translation>
    </message>
    <message>
        <source>“%1” is refused: its part “%2” declares a DTD or entities, which no workbook needs.</source>
        <translation>”%1” läses inte: dess del ”%2” deklarerar en DTD eller entiteter, vilket ingen arbetsbok behöver.</translation>
    </message>
    <message>
        <source>“%1” has no visible worksheet; choose one of its sheets: %2.</source>
        <translation>”%1” har inget synligt kalkylblad; välj ett av dess blad: %2.</translation>
    </message>
    <message>
        <source>“%1”: the sheet “%2” is a chart, not a worksheet.</source>
        <translation>”%1”: bladet ”%2” är ett diagram, inte ett kalkylblad.</translation>
    </message>
    <message>
        <source>%1 An Excel workbook (.xlsx) is a zip file of XML parts.</source>
        <translation>%1 En Excel-arbetsbok (.xlsx) är en zip-fil med XML-delar.</translation>
    </message>
</context>
<context>
    <name>Zip</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>”%1” finns inte.</translation>
    </message>
    <message>
        <source>“%1” is not a zip file.</source>
        <translation>”%1” är ingen zip-fil.</translation>
    </message>
    <message>
        <source>its table of contents is damaged</source>
        <translation>dess innehållsförteckning är skadad</translation>
    </message>
    <message>
        <source>the part “%1” is larger than Målkoll reads</source>
        <translation>delen ”%1” är större än Målkoll läser</translation>
    </message>
    <message>
        <source>the part “%1” cannot be opened</source>
        <translation>delen ”%1” går inte att öppna</translation>
    </message>
    <message>
        <source>the part “%1” is damaged</source>
        <translation>delen ”%1” är skadad</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>”%1” går inte att läsa: %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Kan inte skriva ”%1”.</translation>
    </message>
    <message>
        <source>Cannot write “%1” into “%2”.</source>
        <translation>Kan inte skriva ”%1” i ”%2”.</translation>
    </message>
    <message>
        <source>it holds the part “%1” twice</source>
        <translation>den innehåller delen ”%1” två gånger</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Goal and indicator follow-up</source>
        <translation>Uppföljning av mål och indikatorer</translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation>Databasen som ska öppnas.</translation>
    </message>
    <message>
        <source>Open the bundled demo store.</source>
        <translation>Öppna den medföljande demodatabasen.</translation>
    </message>
    <message>
        <source>Start at this year.</source>
        <translation>Börja i det här året.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ÅR</translation>
    </message>
    <message>
        <source>Start at this period (T1, T2 or VB).</source>
        <translation>Börja i den här perioden (T1, T2 eller VB).</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>Start at this goal number, e.g. 1.2.</source>
        <translation>Börja vid det här målnumret, t.ex. 1.2.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>Start on the gaps and findings view.</source>
        <translation>Börja i vyn för avvikelser och iakttagelser.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VY</translation>
    </message>
    <message>
        <source>Open the import of outcomes from this CSV file.</source>
        <translation>Öppna inläsningen av utfall från denna CSV-fil.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Open Connect to a server… at start.</source>
        <translation>Öppna Anslut till server… vid start.</translation>
    </message>
    <message>
        <source>Start on this view: entry, gaps, overview, economy, plan, round or city.</source>
        <translation>Starta i denna vy: entry, gaps, overview, economy, plan, round eller city.</translation>
    </message>
</context>
<context>
    <name>malkoll::ActivityTableModel</name>
    <message>
        <source>KF activity</source>
        <translation>KF-aktivitet</translation>
    </message>
    <message>
        <source>Committee activity</source>
        <translation>Nämndaktivitet</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <source>(past end date)</source>
        <translation>(efter slutdatum)</translation>
    </message>
    <message>
        <source>Analysis required for a deviation</source>
        <translation>Analys krävs vid avvikelse</translation>
    </message>
</context>
<context>
    <name>malkoll::CityTab</name>
    <message>
        <source>&amp;KF indicator:</source>
        <translation>&amp;KF-indikator:</translation>
    </message>
    <message>
        <source>Committee, goal or indicator…</source>
        <translation>Nämnd, mål eller indikator…</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>Fil&amp;trera:</translation>
    </message>
    <message>
        <source>KF:s årsmål of the chosen KF indicator, once for every committee</source>
        <translation>KF:s årsmål för den valda KF-indikatorn, en gång för alla nämnder</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xportera till Excel…</translation>
    </message>
    <message>
        <source>KF indicators</source>
        <translation>KF-indikatorer</translation>
    </message>
    <message>
        <source>KF goals</source>
        <translation>KF-mål</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Inlämning</translation>
    </message>
    <message>
        <source>Open a store to see the city&apos;s view.</source>
        <translation>Öppna en databas för att se stadens bild.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n committee(s) against the city&apos;s KF goals and KF indicators.</source>
        <translation>
            <numerusform>%1 %2: %n nämnd mot stadens KF-mål och KF-indikatorer.</numerusform>
            <numerusform>%1 %2: %n nämnder mot stadens KF-mål och KF-indikatorer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 år %3</translation>
    </message>
    <message>
        <source>%1: from %2 in %3 to %4 in %5</source>
        <translation>%1: från %2 år %3 till %4 år %5</translation>
    </message>
    <message>
        <source>%1: no committee has a full-year outcome yet.</source>
        <translation>%1: ingen nämnd har ett helårsutfall ännu.</translation>
    </message>
    <message>
        <source>Full-year outcomes of %1, a line per committee. %2. KF:s årsmål %3: %4.</source>
        <translation>Helårsutfall för %1, en linje per nämnd. %2. KF:s årsmål %3: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Trend chart of %1</source>
        <translation>Trenddiagram för %1</translation>
    </message>
    <message>
        <source>City %1 %2</source>
        <translation>Staden %1 %2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Staden</translation>
    </message>
    <message>
        <source>KF:s årsmål of “%1”</source>
        <translation>KF:s årsmål för ”%1”</translation>
    </message>
    <message>
        <source>KF:s årsmål</source>
        <translation>KF:s årsmål</translation>
    </message>
    <message>
        <source>KF:s årsmål of “%1” %2, for every committee (as the budget writes it: “80 %”, “Öka”, “Max 10”):</source>
        <translation>KF:s årsmål för ”%1” %2, för alla nämnder (som budgeten skriver det: ”80 %”, ”Öka”, ”Max 10”):</translation>
    </message>
    <message>
        <source>Se&amp;t KF:s årsmål…</source>
        <translation>&amp;Sätt KF:s årsmål…</translation>
    </message>
    <message>
        <source>Trend chart of the KF indicator, a line per committee</source>
        <translation>Trenddiagram för KF-indikatorn, en linje per nämnd</translation>
    </message>
    <message>
        <source>No KF indicator chosen.</source>
        <translation>Ingen KF-indikator vald.</translation>
    </message>
</context>
<context>
    <name>malkoll::ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Anslut till server</translation>
    </message>
    <message>
        <source>A committee&apos;s shared store on PostgreSQL. You log in as yourself: what you may change (your units&apos; values, or the plan as a controller) is decided by the server.</source>
        <translation>Nämndens gemensamma lager på PostgreSQL. Du loggar in som dig själv: vad du får ändra (dina enheters värden, eller planen som controller) bestäms av servern.</translation>
    </message>
    <message>
        <source>e.g. malkoll.stockholm.se</source>
        <translation>t.ex. malkoll.stockholm.se</translation>
    </message>
    <message>
        <source>e.g. kungsholmen</source>
        <translation>t.ex. kungsholmen</translation>
    </message>
    <message>
        <source>empty with Kerberos or ~/.pgpass</source>
        <translation>tomt med Kerberos eller ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Inloggning:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Målkoll never saves the password; it is used for this connection only.</source>
        <translation>Målkoll sparar aldrig lösenordet; det används bara för den här anslutningen.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adress: %1</translation>
    </message>
    <message>
        <source>Give the database and your login.</source>
        <translation>Ange databasen och din inloggning.</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name</source>
        <translation>Kontrollera serverns certifikat och namn</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate only</source>
        <translation>Kontrollera bara serverns certifikat</translation>
    </message>
    <message>
        <source>Encrypt without verifying the server</source>
        <translation>Kryptera utan att kontrollera servern</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt</source>
        <translation>~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the root certificate file</source>
        <translation>Välj rotcertifikatets fil</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Rotcertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certifikat (*.crt *.pem *.cer);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Kryptering:</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>&amp;Rotcertifikat:</translation>
    </message>
    <message>
        <source>A socket folder on this computer: nothing goes over the network, so there is nothing to encrypt.</source>
        <translation>En socketmapp på den här datorn: ingenting går över nätverket, så det finns inget att kryptera.</translation>
    </message>
    <message>
        <source>Målkoll talks to the server only over TLS, and only when its certificate is signed by the root certificate and names the server “%1”. Otherwise it stops before sending the password.</source>
        <translation>Målkoll talar med servern bara över TLS, och bara när dess certifikat är signerat av rotcertifikatet och anger servern ”%1”. Annars avbryter Målkoll innan lösenordet skickas.</translation>
    </message>
    <message>
        <source>Målkoll talks to the server only over TLS and only when its certificate is signed by the root certificate; the name in the certificate is not checked.</source>
        <translation>Målkoll talar med servern bara över TLS och bara när dess certifikat är signerat av rotcertifikatet; namnet i certifikatet kontrolleras inte.</translation>
    </message>
    <message>
        <source>Encrypted, but the server is not verified: another machine pretending to be the server would receive your password. Use this only on a network you trust.</source>
        <translation>Krypterat, men servern kontrolleras inte: en annan dator som utger sig för att vara servern skulle få ditt lösenord. Använd detta bara i ett nätverk du litar på.</translation>
    </message>
</context>
<context>
    <name>malkoll::EconomyView</name>
    <message>
        <source>Area (mnkr net)</source>
        <translation>Verksamhetsområde (mnkr netto)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Requested adjustments</source>
        <translation>Begärda budgetjusteringar</translation>
    </message>
    <message>
        <source>Performance changes</source>
        <translation>Prestationsförändringar</translation>
    </message>
    <message>
        <source>Forecast before transfers</source>
        <translation>Prognos före resultatöverföringar</translation>
    </message>
    <message>
        <source>Forecast after transfers</source>
        <translation>Prognos efter resultatöverföringar</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Avvikelse</translation>
    </message>
    <message>
        <source>Result unit (tkr)</source>
        <translation>Resultatenhet (tkr)</translation>
    </message>
    <message>
        <source>Gross budget</source>
        <translation>Bruttobudget</translation>
    </message>
    <message>
        <source>5 % of gross budget</source>
        <translation>5 % av bruttobudget</translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation>Resultatöverföring från föregående år</translation>
    </message>
    <message>
        <source>Result this year</source>
        <translation>Beräknat resultat i år</translation>
    </message>
    <message>
        <source>Transfer to next year</source>
        <translation>Beräknad resultatöverföring till nästa år</translation>
    </message>
    <message>
        <source>Budget and forecast per area (mnkr)</source>
        <translation>Budget och prognos per verksamhetsområde (mnkr)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source> (cap)</source>
        <translation> (tak)</translation>
    </message>
    <message>
        <source>“%1” is not an amount in Swedish (e.g. 1 424,3).</source>
        <translation>”%1” är inget belopp (t.ex. 1 424,3).</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Nytt verksamhetsområde</translation>
    </message>
    <message>
        <source>Verksamhetsområde:</source>
        <translation>Verksamhetsområde:</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Lägg till ”%1”</translation>
    </message>
    <message>
        <source>Choose the area the varav line is part of.</source>
        <translation>Välj verksamhetsområdet som varav-raden ingår i.</translation>
    </message>
    <message>
        <source>New varav line</source>
        <translation>Ny varav-rad</translation>
    </message>
    <message>
        <source>Part of the area (varav):</source>
        <translation>Del av verksamhetsområdet (varav):</translation>
    </message>
    <message>
        <source>New result unit</source>
        <translation>Ny resultatenhet</translation>
    </message>
    <message>
        <source>Resultatenhet:</source>
        <translation>Resultatenhet:</translation>
    </message>
    <message>
        <source>New investment</source>
        <translation>Ny investering</translation>
    </message>
    <message>
        <source>Investment area:</source>
        <translation>Investeringsområde:</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Ta bort ”%1”</translation>
    </message>
    <message>
        <source>Economy of %1 from %2</source>
        <translation>Ekonomin för %1 från %2</translation>
    </message>
    <message>
        <source>Investment (mnkr)</source>
        <translation>Investering (mnkr)</translation>
    </message>
    <message>
        <source>Budget adjustments</source>
        <translation>Budgetjusteringar</translation>
    </message>
    <message>
        <source>Move the line up</source>
        <translation>Flytta raden uppåt</translation>
    </message>
    <message>
        <source>Move the line down</source>
        <translation>Flytta raden nedåt</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Flytta ”%1”</translation>
    </message>
    <message>
        <source>Verksamhetsområden</source>
        <translation>Verksamhetsområden</translation>
    </message>
    <message>
        <source>Result units</source>
        <translation>Resultatenheter</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Investeringar</translation>
    </message>
    <message>
        <source>Budget and outcome per area</source>
        <translation>Budget och utfall per verksamhetsområde</translation>
    </message>
    <message>
        <source>Budget and forecast per area, chart</source>
        <translation>Budget och prognos per verksamhetsområde, diagram</translation>
    </message>
    <message>
        <source>No budget lines for the period.</source>
        <translation>Inga budgetrader för perioden.</translation>
    </message>
    <message>
        <source>%1: budget %2, forecast %3</source>
        <translation>%1: budget %2, prognos %3</translation>
    </message>
    <message>
        <source>Budget and forecast per area (mnkr): %1.</source>
        <translation>Budget och prognos per verksamhetsområde (mnkr): %1.</translation>
    </message>
    <message>
        <source>New &amp;area…</source>
        <translation>Nytt &amp;verksamhetsområde…</translation>
    </message>
    <message>
        <source>New &amp;varav line…</source>
        <translation>Ny varav-ra&amp;d…</translation>
    </message>
    <message>
        <source>New result &amp;unit…</source>
        <translation>Ny resul&amp;tatenhet…</translation>
    </message>
    <message>
        <source>New &amp;investment…</source>
        <translation>Ny investerin&amp;g…</translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation>Ta &amp;bort rad</translation>
    </message>
    <message>
        <source>Start from the p&amp;revious period</source>
        <translation>Utgå &amp;från föregående period</translation>
    </message>
</context>
<context>
    <name>malkoll::EntryDelegate</name>
    <message>
        <source>Enter saves, Shift+Enter starts a new line</source>
        <translation>Enter sparar, Skift+Enter ger ny rad</translation>
    </message>
</context>
<context>
    <name>malkoll::EntryView</name>
    <message>
        <source>The period is read-only.</source>
        <translation>Perioden kan bara läsas.</translation>
    </message>
    <message>
        <source>Your unit has no indicators or activities under this goal. Choose another goal in the tree, or clear “Only my unit” to see everything.</source>
        <translation>Din enhet har inga indikatorer eller aktiviteter under det här målet. Välj ett annat mål i trädet, eller avmarkera ”Bara min enhet” för att se allt.</translation>
    </message>
    <message>
        <source>This goal has no indicators or activities of its own: they are under the goals below it. Choose one of those in the tree, or tick “Include sub-goals” to see them all here.</source>
        <translation>Målet har inga egna indikatorer eller aktiviteter: de finns under målen nedanför. Välj ett av dem i trädet, eller markera ”Visa undermål” för att se alla här.</translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation>In&amp;dikatorer</translation>
    </message>
    <message>
        <source>Ac&amp;tivities</source>
        <translation>Ak&amp;tiviteter</translation>
    </message>
    <message>
        <source>T&amp;rend</source>
        <translation>Tr&amp;end</translation>
    </message>
    <message>
        <source>Goa&amp;l assessment</source>
        <translation>Må&amp;lets bedömning</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
</context>
<context>
    <name>malkoll::GapTableModel</name>
    <message>
        <source>KF</source>
        <translation>KF</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Full-year forecast</source>
        <translation>Prognos helår</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>Årsmål</translation>
    </message>
    <message>
        <source>KF annual target</source>
        <translation>KF:s årsmål</translation>
    </message>
    <message>
        <source>Outcome status</source>
        <translation>Status utfall</translation>
    </message>
    <message>
        <source>Forecast status</source>
        <translation>Status prognos</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Avvikelse</translation>
    </message>
    <message>
        <source>Deviation %</source>
        <translation>Avvikelse %</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
</context>
<context>
    <name>malkoll::GapView</name>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>KF and committee</source>
        <translation>KF och nämnd</translation>
    </message>
    <message>
        <source>KF indicators</source>
        <translation>KF-indikatorer</translation>
    </message>
    <message>
        <source>Committee indicators</source>
        <translation>Nämndindikatorer</translation>
    </message>
    <message>
        <source>With or without findings</source>
        <translation>Med eller utan iakttagelser</translation>
    </message>
    <message>
        <source>Only with findings</source>
        <translation>Bara med iakttagelser</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Alla mål</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <source>Gaps %1 %2</source>
        <translation>Avvikelser %1 %2</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Avvikelser</translation>
    </message>
    <message>
        <source>Indicators against their årsmål</source>
        <translation>Indikatorer mot sina årsmål</translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation>Sök indikatorer</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrera på status</translation>
    </message>
    <message>
        <source>Filter by goal</source>
        <translation>Filtrera på mål</translation>
    </message>
    <message>
        <source>Filter by unit</source>
        <translation>Filtrera på enhet</translation>
    </message>
    <message>
        <source>Filter by KF or committee indicators</source>
        <translation>Filtrera på KF:s eller nämndens indikatorer</translation>
    </message>
    <message>
        <source>Filter by findings</source>
        <translation>Filtrera på iakttagelser</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exportera CS&amp;V…</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Exportera till E&amp;xcel…</translation>
    </message>
</context>
<context>
    <name>malkoll::GoalPanel</name>
    <message>
        <source>The analysis of the assessment; saved when you leave the field (or Ctrl+Enter).</source>
        <translation>Analysen av bedömningen; sparas när du lämnar fältet (eller Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>Förslag:</translation>
    </message>
    <message>
        <source>No goal selected.</source>
        <translation>Inget mål valt.</translation>
    </message>
    <message>
        <source>Open a store with File → Open.</source>
        <translation>Öppna en databas med Arkiv → Öppna.</translation>
    </message>
    <message>
        <source>none – %1</source>
        <translation>inget – %1</translation>
    </message>
    <message>
        <source>⚠ The assessment “%1” differs from the suggestion “%2”. Explain why in the analysis.</source>
        <translation>⚠ Bedömningen ”%1” avviker från förslaget ”%2”. Förklara varför i analysen.</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Bedömning:</translation>
    </message>
    <message>
        <source>Analys&amp;is:</source>
        <translation>Anal&amp;ys:</translation>
    </message>
</context>
<context>
    <name>malkoll::GoalTreeModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Assessment: %1</source>
        <translation>Bedömning: %1</translation>
    </message>
</context>
<context>
    <name>malkoll::HelpDialog</name>
    <message>
        <source>Målkoll – manual</source>
        <translation>Målkoll – handbok</translation>
    </message>
</context>
<context>
    <name>malkoll::HistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Historik för ”%1”</translation>
    </message>
    <message>
        <source>No change has been recorded for this indicator.</source>
        <translation>Ingen ändring har registrerats för den här indikatorn.</translation>
    </message>
    <message>
        <source>Changes of “%1”</source>
        <translation>Ändringar av ”%1”</translation>
    </message>
</context>
<context>
    <name>malkoll::IndicatorTableModel</name>
    <message>
        <source>not reported</source>
        <translation>redovisas ej</translation>
    </message>
    <message>
        <source>KF indicator</source>
        <translation>KF-indikator</translation>
    </message>
    <message>
        <source>Committee indicator</source>
        <translation>Nämndindikator</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
    <message>
        <source>♀ Gender-equality relevant indicator</source>
        <translation>♀ Jämställdhetsrelevant indikator</translation>
    </message>
    <message>
        <source>Not reported: %1</source>
        <translation>Redovisas ej: %1</translation>
    </message>
    <message>
        <source>Changed by decision %1 (from %2): %3
Original årsmål: %4</source>
        <translation>Ändrat genom beslut %1 (från %2): %3
Ursprungligt årsmål: %4</translation>
    </message>
    <message>
        <source>As written in the plan: %1</source>
        <translation>Som i verksamhetsplanen: %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Outcome for the period</source>
        <translation>Periodens utfall</translation>
    </message>
    <message>
        <source>Outcome men/boys</source>
        <translation>Utfall män/pojkar</translation>
    </message>
    <message>
        <source>Outcome women/girls</source>
        <translation>Utfall kvinnor/flickor</translation>
    </message>
    <message>
        <source>Outcome VB %1</source>
        <translation>Utfall VB %1</translation>
    </message>
    <message>
        <source>Full-year forecast</source>
        <translation>Prognos helår</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>Årsmål</translation>
    </message>
    <message>
        <source>KF annual target</source>
        <translation>KF:s årsmål</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <source>Goal %1 %2</source>
        <translation>Mål %1 %2</translation>
    </message>
    <message>
        <source>No indicator on this row.</source>
        <translation>Ingen indikator på den här raden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” has an outcome; remove it before marking the value as not reported.</source>
        <translation>”%1” har ett utfall; ta bort det innan du markerar värdet som ej redovisat.</translation>
    </message>
    <message>
        <source>Entered by %1, %2</source>
        <translation>Inlagt av %1, %2</translation>
    </message>
    <message>
        <source>Type the outcome in %1, e.g. “%2”.</source>
        <translation>Skriv utfallet i %1, t.ex. ”%2”.</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>siffror</translation>
    </message>
    <message>
        <source>Outcome against Årsmål</source>
        <translation>Utfall mot årsmål</translation>
    </message>
    <message>
        <source>Forecast against Årsmål</source>
        <translation>Prognos mot årsmål</translation>
    </message>
    <message>
        <source>Forecast against KF:s årsmål</source>
        <translation>Prognos mot KF:s årsmål</translation>
    </message>
    <message>
        <source>Partly met: at most %1 % short of the target.</source>
        <translation>Nås delvis: högst %1 % från målnivån.</translation>
    </message>
    <message>
        <source>Trend against the same period last year (%1).</source>
        <translation>Trend mot samma period förra året (%1).</translation>
    </message>
    <message>
        <source>A reason here marks the value as not reported (not the same as zero).</source>
        <translation>Ett skäl här markerar värdet som ej redovisat (inte samma sak som noll).</translation>
    </message>
    <message>
        <source>Suggested forecast</source>
        <translation>Förslag prognos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not reported – reason</source>
        <translation>Ej redovisat – skäl</translation>
    </message>
    <message>
        <source>Outcome VB the year before</source>
        <translation>Utfall VB föregående år</translation>
    </message>
</context>
<context>
    <name>malkoll::KoladaDialog</name>
    <message>
        <source>Kolada – %1</source>
        <translation>Kolada – %1</translation>
    </message>
    <message>
        <source>Municipality ids, separated by commas: 0180 Stockholm, 0000 riket, 1480 Göteborg, 1280 Malmö …</source>
        <translation>Kommun-id åtskilda med komma: 0180 Stockholm, 0000 riket, 1480 Göteborg, 1280 Malmö …</translation>
    </message>
    <message>
        <source>Words of the KPI&apos;s title</source>
        <translation>Ord ur nyckeltalets titel</translation>
    </message>
    <message>
        <source>&amp;Search Kolada</source>
        <translation>&amp;Sök i Kolada</translation>
    </message>
    <message>
        <source>Find a &amp;KPI by title:</source>
        <translation>Hitta ett &amp;nyckeltal på titel:</translation>
    </message>
    <message>
        <source>KPI &amp;id:</source>
        <translation>Nyckeltalets &amp;id:</translation>
    </message>
    <message>
        <source>&amp;Municipalities:</source>
        <translation>&amp;Kommuner:</translation>
    </message>
    <message>
        <source>Or a &amp;unit (Kolada&apos;s ou id):</source>
        <translation>Eller en &amp;enhet (Koladas ou-id):</translation>
    </message>
    <message>
        <source>&amp;Fetch the series now</source>
        <translation>&amp;Hämta serien nu</translation>
    </message>
    <message>
        <source>Asking Kolada…</source>
        <translation>Frågar Kolada…</translation>
    </message>
    <message>
        <source>Kolada has no KPI with those words in its title.</source>
        <translation>Kolada har inget nyckeltal med de orden i titeln.</translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) found.</source>
        <translation>
            <numerusform>%n nyckeltal hittades.</numerusform>
            <numerusform>%n nyckeltal hittades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the KPI first.</source>
        <translation>Ange nyckeltalet först.</translation>
    </message>
    <message>
        <source>Fetching from Kolada…</source>
        <translation>Hämtar från Kolada…</translation>
    </message>
    <message>
        <source>Kolada has no values of %1 for these years.</source>
        <translation>Kolada har inga värden för %1 de här åren.</translation>
    </message>
    <message>
        <source>%1 values: %2 new, %3 revised by Kolada, %4 as before.</source>
        <translation>%1 värden: %2 nya, %3 reviderade av Kolada, %4 som förut.</translation>
    </message>
    <message>
        <source>Key figures found</source>
        <translation>Nyckeltal som hittades</translation>
    </message>
</context>
<context>
    <name>malkoll::Line</name>
    <message>
        <source>Change “%1”</source>
        <translation>Ändra ”%1”</translation>
    </message>
</context>
<context>
    <name>malkoll::LockDialog</name>
    <message>
        <source>Lock the period</source>
        <translation>Lås perioden</translation>
    </message>
    <message>
        <source>Unlock the period</source>
        <translation>Lås upp perioden</translation>
    </message>
    <message>
        <source>Why is %1 locked (e.g. decided by the committee)?</source>
        <translation>Varför låses %1 (t.ex. beslutad av nämnden)?</translation>
    </message>
    <message>
        <source>Why is %1 opened again?</source>
        <translation>Varför öppnas %1 igen?</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
</context>
<context>
    <name>malkoll::MainWindow</name>
    <message>
        <source>Målkoll</source>
        <translation>Målkoll</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Målkoll</source>
        <translation>&amp;Om Målkoll</translation>
    </message>
    <message>
        <source>%1 – Målkoll</source>
        <translation>%1 – Målkoll</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>About Målkoll</source>
        <translation>Om Målkoll</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Målkoll %1&lt;/h3&gt;&lt;p&gt;Goal and indicator follow-up for the City of Stockholm&apos;s committees: outcomes, forecasts, assessments, and the committee&apos;s report.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Målkoll %1&lt;/h3&gt;&lt;p&gt;Uppföljning av mål och indikatorer för Stockholms stads nämnder: utfall, prognoser, bedömningar och nämndens rapport.&lt;/p&gt;&lt;p&gt;Licens: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used the next time Målkoll starts.</source>
        <translation>Det nya språket används nästa gång Målkoll startar.</translation>
    </message>
    <message>
        <source>Show the indicators and activities of every goal below the selected one.</source>
        <translation>Visa indikatorer och aktiviteter för alla mål under det valda målet.</translation>
    </message>
    <message>
        <source>Show only what your unit is responsible for (Settings → My unit).</source>
        <translation>Visa bara det som din enhet ansvarar för (Inställningar → Min enhet).</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;My unit…</source>
        <translation>&amp;Min enhet…</translation>
    </message>
    <message>
        <source>%1 of %2 values entered</source>
        <translation>%1 av %2 värden inlagda</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>My unit</source>
        <translation>Min enhet</translation>
    </message>
    <message>
        <source>The unit you enter values for:</source>
        <translation>Enheten du lägger in värden för:</translation>
    </message>
    <message>
        <source>Open a store first.</source>
        <translation>Öppna en databas först.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Skriver rapporten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Proposals and summary…</source>
        <translation>&amp;Förslag till beslut och sammanfattning…</translation>
    </message>
    <message>
        <source>Proposals and summary – %1 %2</source>
        <translation>Förslag till beslut och sammanfattning – %1 %2</translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere.</source>
        <translation>Uppdaterad med ändringar som sparats någon annanstans.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Inmatning</translation>
    </message>
    <message>
        <source>Gaps and findings</source>
        <translation>Avvikelser och iakttagelser</translation>
    </message>
    <message>
        <source>Value &amp;history…</source>
        <translation>Värdenas &amp;historik…</translation>
    </message>
    <message>
        <source>&amp;Lock the period…</source>
        <translation>&amp;Lås perioden…</translation>
    </message>
    <message>
        <source>&amp;Unlock the period…</source>
        <translation>Lås &amp;upp perioden…</translation>
    </message>
    <message>
        <source>Locking and unlocking a period is for controllers (Settings → Role).</source>
        <translation>Att låsa och låsa upp en period är för controllers (Inställningar → Roll).</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>%1 (read-only) – Målkoll</source>
        <translation>%1 (skrivskyddad) – Målkoll</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbok</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Report &amp;sections…</source>
        <translation>Rapportens &amp;avsnitt…</translation>
    </message>
    <message>
        <source>Sections of the &amp;verksamhetsplan…</source>
        <translation>&amp;Verksamhetsplanens avsnitt…</translation>
    </message>
    <message>
        <source>Sections of the document – %1 %2</source>
        <translation>Dokumentets avsnitt – %1 %2</translation>
    </message>
    <message>
        <source>Change the report&apos;s sections</source>
        <translation>Ändra rapportens avsnitt</translation>
    </message>
    <message>
        <source>Reporting round</source>
        <translation>Inlämning</translation>
    </message>
    <message>
        <source>Server store: %1 (logged in as %2, %3)</source>
        <translation>Serverlager: %1 (inloggad som %2, %3)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Staden</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>&amp;Nämnd:</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Include sub-&amp;goals</source>
        <translation>Visa &amp;undermål</translation>
    </message>
    <message>
        <source>More of the toolbar</source>
        <translation>Mer av verktygsfältet</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>The year&apos;s goals by number; choose one to enter its indicators and activities. F6 moves to the indicators.</source>
        <translation>Årets mål efter nummer; välj ett för att fylla i dess indikatorer och aktiviteter. F6 går till indikatorerna.</translation>
    </message>
    <message>
        <source>Only &amp;my unit</source>
        <translation>Bara &amp;min enhet</translation>
    </message>
    <message>
        <source>Only &amp;my unit (%1)</source>
        <translation>Bara &amp;min enhet (%1)</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ångrat: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Gjort om: %1</translation>
    </message>
</context>
<context>
    <name>malkoll::OutcomeImportDialog</name>
    <message>
        <source>Import outcomes from CSV – %1</source>
        <translation>Läs in utfall från CSV – %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>Semicolon, decimal comma, UTF-8 (Excel)</source>
        <translation>Semikolon, decimalkomma, UTF-8 (Excel)</translation>
    </message>
    <message>
        <source>Semicolon, decimal comma, Windows-1252 (older Excel)</source>
        <translation>Semikolon, decimalkomma, Windows-1252 (äldre Excel)</translation>
    </message>
    <message>
        <source>Comma, decimal point, UTF-8</source>
        <translation>Komma, decimalpunkt, UTF-8</translation>
    </message>
    <message>
        <source>&amp;File format:</source>
        <translation>&amp;Filformat:</translation>
    </message>
    <message>
        <source>&amp;Period (rows without one):</source>
        <translation>&amp;Period (rader utan period):</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>År:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Filens kolumner</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Change or error</source>
        <translation>Ändring eller fel</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Läs in</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Kan inte läsa ”%1”: %2</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatiskt (%1)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumn %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file or the mapping. Nothing is imported while there are errors.</source>
        <translation>
            <numerusform>%n fel: rätta filen eller kopplingen. Ingenting läses in så länge det finns fel.</numerusform>
            <numerusform>%n fel: rätta filen eller kopplingen. Ingenting läses in så länge det finns fel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value row(s) will change; %1 already as in the file.</source>
        <translation>
            <numerusform>%n värderad ändras; %1 är redan som i filen.</numerusform>
            <numerusform>%n värderader ändras; %1 är redan som i filen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting lästes in: %1</translation>
    </message>
    <message>
        <source>Import outcomes from Excel – %1</source>
        <translation>Importera utfall från Excel – %1</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blad:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>What the import would change, and what it cannot read</source>
        <translation>Vad inläsningen skulle ändra, och vad den inte kan läsa</translation>
    </message>
</context>
<context>
    <name>malkoll::OverviewView</name>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Indicators by status (forecast against Årsmål)</source>
        <translation>Indikatorer per status (prognos mot årsmål)</translation>
    </message>
    <message>
        <source>Goals with their indicators&apos; statuses and assessments</source>
        <translation>Målen med indikatorernas status och bedömningar</translation>
    </message>
    <message>
        <source>Indicators by status, chart</source>
        <translation>Indikatorer efter status, diagram</translation>
    </message>
    <message>
        <source>No period read.</source>
        <translation>Ingen period inläst.</translation>
    </message>
    <message>
        <source>Indicators by status (forecast against Årsmål): %1.</source>
        <translation>Indikatorer efter status (prognos mot årsmål): %1.</translation>
    </message>
</context>
<context>
    <name>malkoll::PdfOutline</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan inte skriva ”%1”: %2</translation>
    </message>
    <message>
        <source>Cannot add the headings to “%1”: %2</source>
        <translation>Kan inte lägga till rubrikerna i ”%1”: %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Kan inte läsa ”%1”: %2</translation>
    </message>
</context>
<context>
    <name>malkoll::PeriodSession</name>
    <message>
        <source>No store is open.</source>
        <translation>Ingen databas är öppen.</translation>
    </message>
    <message>
        <source>%1 %2 is locked by %3: %4</source>
        <translation>%1 %2 är låst av %3: %4</translation>
    </message>
    <message>
        <source>a controller</source>
        <translation>en controller</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>inget skäl angivet</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Ändra ”%1”</translation>
    </message>
    <message>
        <source>Assess goal %1</source>
        <translation>Bedöm mål %1</translation>
    </message>
    <message>
        <source>Edit the proposals and summary</source>
        <translation>Ändra förslag till beslut och sammanfattning</translation>
    </message>
    <message>
        <source>The store “%1” is read-only for you.</source>
        <translation>Databasen ”%1” är skrivskyddad för dig.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n value(s) from CSV</source>
        <translation>
            <numerusform>Läs in %n värde från CSV</numerusform>
            <numerusform>Läs in %n värden från CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s); correct them and read it again.</source>
        <translation>
            <numerusform>Filen har %n fel; rätta det och läs in den igen.</numerusform>
            <numerusform>Filen har %n fel; rätta dem och läs in den igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The committee&apos;s shared row</source>
        <translation>Nämndens gemensamma rad</translation>
    </message>
    <message>
        <source>%1 is not one of your units (logged in as %2): its own enhetschef or a controller enters it.</source>
        <translation>%1 är inte en av dina enheter (inloggad som %2): enhetens egen enhetschef eller en controller fyller i den.</translation>
    </message>
    <message>
        <source>%1 is “%2” for %3 %4: read-only until a controller returns it.</source>
        <translation>%1 är ”%2” för %3 %4: skrivskyddad tills en controller återremitterar den.</translation>
    </message>
    <message>
        <source>The committee&apos;s goal assessments and texts are written by a controller; as enhetschef (%1) you write your units&apos; values, activities and analyses.</source>
        <translation>Nämndens målbedömningar och texter skrivs av en controller; som enhetschef (%1) fyller du i dina enheters värden, aktiviteter och analyser.</translation>
    </message>
    <message>
        <source>You are logged in as %1, who may only read this store&apos;s committees.</source>
        <translation>Du är inloggad som %1, som bara får läsa nämnderna i denna databas.</translation>
    </message>
</context>
<context>
    <name>malkoll::PeriodTextsDialog</name>
    <message>
        <source>One proposal (förslag till beslut) per line, in order.</source>
        <translation>Ett förslag till beslut per rad, i ordning.</translation>
    </message>
    <message>
        <source>Förslag till beslut:</source>
        <translation>Förslag till beslut:</translation>
    </message>
    <message>
        <source>Sammanfattande analys:</source>
        <translation>Sammanfattande analys:</translation>
    </message>
</context>
<context>
    <name>malkoll::PlanView</name>
    <message>
        <source>Higher is better</source>
        <translation>Högre är bättre</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lägre är bättre</translation>
    </message>
    <message>
        <source>No direction</source>
        <translation>Ingen riktning</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description (beskrivning):</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>&amp;Expected results, one a line:</source>
        <translation>&amp;Förväntat resultat, ett per rad:</translation>
    </message>
    <message>
        <source>&amp;Responsible unit:</source>
        <translation>&amp;Ansvarig enhet:</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>KF/N</source>
        <translation>KF/N</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Dec.</source>
        <translation>Dec.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Periodicity</source>
        <translation>Periodicitet</translation>
    </message>
    <message>
        <source>Men/women</source>
        <translation>Män/kvinnor</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Tolerance %</source>
        <translation>Tolerans %</translation>
    </message>
    <message>
        <source>Årsmål</source>
        <translation>Årsmål</translation>
    </message>
    <message>
        <source>KF:s årsmål</source>
        <translation>KF:s årsmål</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betydelse</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators&lt;/b&gt;</source>
        <translation>&lt;b&gt;Indikatorer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aktiviteter&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) have targets copied from last year to review.</source>
        <translation>
            <numerusform>%n indikator har årsmål kopierade från förra året att se över.</numerusform>
            <numerusform>%n indikatorer har årsmål kopierade från förra året att se över.</numerusform>
        </translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Tertial</source>
        <translation>Tertial</translation>
    </message>
    <message>
        <source>to review: </source>
        <translation>att se över: </translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Ändra ”%1”</translation>
    </message>
    <message>
        <source>Decimals: “%1” is not a number from 0 to 6.</source>
        <translation>Decimaler: ”%1” är inget tal från 0 till 6.</translation>
    </message>
    <message>
        <source>Tolerance: “%1” is not a percentage from 0 to 100.</source>
        <translation>Tolerans: ”%1” är ingen procentsats från 0 till 100.</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>”%1” är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Slutdatum %1 är före startdatum %2.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nytt %1</translation>
    </message>
    <message>
        <source>Add goal %1</source>
        <translation>Lägg till mål %1</translation>
    </message>
    <message>
        <source>Edit goal %1</source>
        <translation>Ändra mål %1</translation>
    </message>
    <message>
        <source>Change goal %1</source>
        <translation>Ändra mål %1</translation>
    </message>
    <message>
        <source>Delete goal %1 “%2”?</source>
        <translation>Ta bort mål %1 ”%2”?</translation>
    </message>
    <message>
        <source>Delete goal %1 “%2” and with it %3? Undo brings all of it back.</source>
        <translation>Ta bort mål %1 ”%2” och med det %3? Ångra tar tillbaka allt.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Ta bort mål</translation>
    </message>
    <message>
        <source>Delete goal %1</source>
        <translation>Ta bort mål %1</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Lägg till indikator</translation>
    </message>
    <message>
        <source>Delete “%1” and with it %2? Undo brings all of it back.</source>
        <translation>Ta bort ”%1” och med den %2? Ångra tar tillbaka allt.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Ta bort ”%1”</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Lägg till aktivitet</translation>
    </message>
    <message>
        <source>Choose the indicator whose årsmål was changed.</source>
        <translation>Välj indikatorn vars årsmål har ändrats.</translation>
    </message>
    <message>
        <source>Årsmål changed: %1</source>
        <translation>Ändrat årsmål: %1</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>&amp;Nytt värde:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Beslutat den:</translation>
    </message>
    <message>
        <source>&amp;Applies from:</source>
        <translation>&amp;Gäller från:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>Årsmål of “%1” changed</source>
        <translation>Årsmålet för ”%1” ändrat</translation>
    </message>
    <message>
        <source>Units of %1</source>
        <translation>Enheter i %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Ingår i</translation>
    </message>
    <message>
        <source>Resultatenhet</source>
        <translation>Resultatenhet</translation>
    </message>
    <message>
        <source>Change unit “%1”</source>
        <translation>Ändra enheten ”%1”</translation>
    </message>
    <message>
        <source>New unit %1</source>
        <translation>Ny enhet %1</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Lägg till enhet</translation>
    </message>
    <message>
        <source>Delete unit “%1”</source>
        <translation>Ta bort enheten ”%1”</translation>
    </message>
    <message>
        <source>M/W</source>
        <translation>M/K</translation>
    </message>
    <message>
        <source>Move the goal up</source>
        <translation>Flytta målet uppåt</translation>
    </message>
    <message>
        <source>Move the goal down</source>
        <translation>Flytta målet nedåt</translation>
    </message>
    <message>
        <source>Move goal</source>
        <translation>Flytta mål</translation>
    </message>
    <message>
        <source>Should the numbers follow the new order (renumber)?</source>
        <translation>Ska numren följa den nya ordningen (numrera om)?</translation>
    </message>
    <message>
        <source>The goal is first among its siblings already.</source>
        <translation>Målet är redan först bland sina syskon.</translation>
    </message>
    <message>
        <source>The goal is last among its siblings already.</source>
        <translation>Målet är redan sist bland sina syskon.</translation>
    </message>
    <message>
        <source>Choose the indicator to compare with Kolada.</source>
        <translation>Välj indikatorn som ska jämföras med Kolada.</translation>
    </message>
    <message>
        <source>Kolada link of “%1”</source>
        <translation>Koppling till Kolada för ”%1”</translation>
    </message>
    <message>
        <source>Goals of the plan</source>
        <translation>Planens mål</translation>
    </message>
    <message>
        <source>Indicators of the goal</source>
        <translation>Målets indikatorer</translation>
    </message>
    <message>
        <source>Activities of the goal</source>
        <translation>Målets aktiviteter</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Reported for women and men</source>
        <translation>Redovisas för kvinnor och män</translation>
    </message>
    <message>
        <source>Gender equality indicator (♀)</source>
        <translation>Jämställdhetsindikator (♀)</translation>
    </message>
    <message>
        <source>Direction of “%1”</source>
        <translation>Riktning för ”%1”</translation>
    </message>
    <message>
        <source>Periodicity of “%1”</source>
        <translation>Periodicitet för ”%1”</translation>
    </message>
    <message>
        <source>KF&apos;s or the committee&apos;s: “%1”</source>
        <translation>KF:s eller nämndens: ”%1”</translation>
    </message>
    <message>
        <source>Responsible unit of “%1”</source>
        <translation>Ansvarig enhet för ”%1”</translation>
    </message>
    <message>
        <source>“%1” is part of</source>
        <translation>”%1” ingår i</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>N&amp;ytt mål…</translation>
    </message>
    <message>
        <source>New &amp;inriktningsmål…</source>
        <translation>Nytt inriktning&amp;smål…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation>&amp;Enheter…</translation>
    </message>
    <message>
        <source>Ne&amp;w indicator</source>
        <translation>Ny indikat&amp;or</translation>
    </message>
    <message>
        <source>Årsmål ch&amp;anged…</source>
        <translation>Ändrat årsmå&amp;l…</translation>
    </message>
    <message>
        <source>&amp;Kolada…</source>
        <translation>&amp;Kolada…</translation>
    </message>
    <message>
        <source>Delete indicat&amp;or</source>
        <translation>Ta bort in&amp;dikator</translation>
    </message>
    <message>
        <source>New acti&amp;vity</source>
        <translation>Ny akti&amp;vitet</translation>
    </message>
    <message>
        <source>Delete ac&amp;tivity</source>
        <translation>Ta &amp;bort aktivitet</translation>
    </message>
    <message>
        <source>&amp;New unit</source>
        <translation>&amp;Ny enhet</translation>
    </message>
    <message>
        <source>&amp;Delete unit</source>
        <translation>&amp;Ta bort enhet</translation>
    </message>
</context>
<context>
    <name>malkoll::ReportIdentityDialog</name>
    <message>
        <source>What is this report?</source>
        <translation>Vilken rapport är detta?</translation>
    </message>
    <message>
        <source>The title of %1 does not say everything. Check what Målkoll guessed:</source>
        <translation>Titeln i %1 säger inte allt. Kontrollera vad Målkoll har gissat:</translation>
    </message>
    <message>
        <source>%1 has no title such as “Tertialrapport 1 2024 för …”. Check what Målkoll guessed from its text:</source>
        <translation>%1 har ingen titel som ”Tertialrapport 1 2024 för …”. Kontrollera vad Målkoll har gissat utifrån texten:</translation>
    </message>
    <message>
        <source>Empty: the committee&apos;s own report</source>
        <translation>Tom: nämndens egen rapport</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>&amp;Nämnd:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>committee: the only one in the store</source>
        <translation>nämnd: den enda i databasen</translation>
    </message>
    <message>
        <source>Nothing in the text says it; please fill it in.</source>
        <translation>Inget i texten säger det; fyll i det.</translation>
    </message>
    <message>
        <source>Guessed from:</source>
        <translation>Gissat utifrån:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Läs in</translation>
    </message>
</context>
<context>
    <name>malkoll::RoundView</name>
    <message>
        <source>owner of the store</source>
        <translation>lagrets ägare</translation>
    </message>
    <message>
        <source>this computer&apos;s store</source>
        <translation>lagret på den här datorn</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>controller</translation>
    </message>
    <message>
        <source>enhetschef</source>
        <translation>enhetschef</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>läsare</translation>
    </message>
    <message>
        <source>Set the &amp;deadline</source>
        <translation>Sätt &amp;sista dag</translation>
    </message>
    <message>
        <source>Last day for the units:</source>
        <translation>Sista dag för enheterna:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Values entered</source>
        <translation>Inmatade värden</translation>
    </message>
    <message>
        <source>Missing analyses</source>
        <translation>Saknade analyser</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <source>Decision and comment</source>
        <translation>Beslut och kommentar</translation>
    </message>
    <message>
        <source>S&amp;ubmit the unit&apos;s part</source>
        <translation>&amp;Lämna in enhetens del</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <source>&amp;Return with a comment…</source>
        <translation>Åte&amp;rremittera med kommentar…</translation>
    </message>
    <message>
        <source>&amp;Open the unit&apos;s rows</source>
        <translation>&amp;Öppna enhetens rader</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>Approved %1 by %2</source>
        <translation>Godkänd %1 av %2</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation>”%1” (%2, %3)</translation>
    </message>
    <message>
        <source>%1 %2 – %3 of %4 units approved, deadline %5. You are logged in as %6 (%7).</source>
        <translation>%1 %2 – %3 av %4 enheter godkända, sista dag %5. Du är inloggad som %6 (%7).</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte satt</translation>
    </message>
    <message>
        <source>Before %1 can be submitted:
• %2</source>
        <translation>Innan %1 kan lämnas in:
• %2</translation>
    </message>
    <message>
        <source>Return to the unit</source>
        <translation>Återremittera till enheten</translation>
    </message>
    <message>
        <source>What should the unit complete or change?</source>
        <translation>Vad ska enheten komplettera eller ändra?</translation>
    </message>
    <message>
        <source>stadsledningskontoret (reads every committee)</source>
        <translation>stadsledningskontoret (läser alla nämnder)</translation>
    </message>
    <message>
        <source>The units&apos; parts of the period</source>
        <translation>Enheternas delar av perioden</translation>
    </message>
</context>
<context>
    <name>malkoll::SectionsDialog</name>
    <message>
        <source>After the summary</source>
        <translation>Efter sammanfattningen</translation>
    </message>
    <message>
        <source>After the goals, before the economy</source>
        <translation>Efter målen, före ekonomin</translation>
    </message>
    <message>
        <source>Last in the document</source>
        <translation>Sist i dokumentet</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move the section up</source>
        <translation>Flytta upp avsnittet</translation>
    </message>
    <message>
        <source>Move the section down</source>
        <translation>Flytta ned avsnittet</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>A heading in the section</source>
        <translation>En rubrik i avsnittet</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Underrubrik</translation>
    </message>
    <message>
        <source>A subheading</source>
        <translation>En underrubrik</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Stycke</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Brödtext</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>A bulleted list</source>
        <translation>En punktlista</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>A numbered list</source>
        <translation>En numrerad lista</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Placed:</source>
        <translation>&amp;Placering:</translation>
    </message>
    <message>
        <source>In the economy, under its table</source>
        <translation>I ekonomiavsnittet, under sin tabell</translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation>Avsnittets text</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
</context>
<context>
    <name>malkoll::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Enhetschef</source>
        <translation>Enhetschef</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>How far short of the target an indicator may be and still be partly met. Stored in the store, for everyone.</source>
        <translation>Hur långt från målnivån en indikator får ligga och ändå nås delvis. Sparas i databasen, för alla.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>My unit:</source>
        <translation>Min enhet:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Roll:</translation>
    </message>
    <message>
        <source>Partly met within:</source>
        <translation>Nås delvis inom:</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Antal säkerhetskopior att spara:</translation>
    </message>
</context>
<context>
    <name>malkoll::StoreActions</name>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open the &amp;demo store</source>
        <translation>Öppna &amp;demodatabasen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Återställ från &amp;säkerhetskopia…</translation>
    </message>
    <message>
        <source>Import a plan or &amp;report (text)…</source>
        <translation>Läs in en plan eller &amp;rapport (text)…</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exportera som &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportera rapport…</translation>
    </message>
    <message>
        <source>Report print pre&amp;view…</source>
        <translation>&amp;Förhandsgranska rapport…</translation>
    </message>
    <message>
        <source>Målkoll</source>
        <translation>Målkoll</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>There is no backup of this store yet.</source>
        <translation>Det finns ingen säkerhetskopia av den här databasen ännu.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace the store with this backup (the current state is kept aside):</source>
        <translation>Ersätt databasen med den här säkerhetskopian (nuvarande läge sparas vid sidan av):</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Återställde %1.</translation>
    </message>
    <message>
        <source>Open a store with a committee and a year first.</source>
        <translation>Öppna först en databas med en nämnd och ett år.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n value row(s) from %1.</source>
        <translation>
            <numerusform>Läste in %n värderad från %1.</numerusform>
            <numerusform>Läste in %n värderader från %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a plan or report</source>
        <translation>Läs in en plan eller rapport</translation>
    </message>
    <message>
        <source>Text extracted from the PDF (*.txt);;All files (*)</source>
        <translation>Text ur PDF:en (*.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Inläsning</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting lästes in: %1</translation>
    </message>
    <message>
        <source>The report is for “%1”, which is not in this store. Add it as a new committee?</source>
        <translation>Rapporten gäller ”%1”, som inte finns i den här databasen. Lägga till den som en ny nämnd?</translation>
    </message>
    <message>
        <source>The report was imported.</source>
        <translation>Rapporten lästes in.</translation>
    </message>
    <message>
        <source>%1 rejected line(s); see the details.</source>
        <translation>%1 avvisade rader; se detaljerna.</translation>
    </message>
    <message>
        <source>The whole store</source>
        <translation>Hela databasen</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Bara %1</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportera som CSV</translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation>Vad ska exporteras:</translation>
    </message>
    <message>
        <source>Export as CSV into an empty folder</source>
        <translation>Exportera som CSV till en tom mapp</translation>
    </message>
    <message>
        <source>Wrote %1 files, %2 rows, to %3.</source>
        <translation>Skrev %1 filer, %2 rader, till %3.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>Skrev %1 (%2 sidor).</translation>
    </message>
    <message>
        <source>Report print preview</source>
        <translation>Förhandsgranskning av rapport</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>Målkoll stores (*.malkoll)</source>
        <translation>Målkoll-databaser (*.malkoll)</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Målkoll stores (*.malkoll);;All files (*)</source>
        <translation>Målkoll-databaser (*.malkoll);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Start the next &amp;year from this one…</source>
        <translation>Starta nästa &amp;år från detta…</translation>
    </message>
    <message>
        <source>Start the next year</source>
        <translation>Starta nästa år</translation>
    </message>
    <message>
        <source>Start %1&apos;s plan for %2 from %3: its goals, its indicators with their targets (marked to review) and the activities that continue into %1? %3 is not changed.</source>
        <translation>Starta planen för %1 för %2 från %3: målen, indikatorerna med sina årsmål (markerade att se över) och aktiviteterna som fortsätter in i %1? %3 ändras inte.</translation>
    </message>
    <message>
        <source>Nothing was made: %1</source>
        <translation>Inget skapades: %1</translation>
    </message>
    <message>
        <source>%1 started from %2: %3 goals, %4 indicators, %5 continuing activities.</source>
        <translation>%1 startat från %2: %3 mål, %4 indikatorer, %5 fortsättande aktiviteter.</translation>
    </message>
    <message>
        <source>Export the &amp;verksamhetsplan…</source>
        <translation>Exportera &amp;verksamhetsplan…</translation>
    </message>
    <message>
        <source>Export the verksamhetsplan</source>
        <translation>Exportera verksamhetsplan</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Ingen databas är öppen.</translation>
    </message>
    <message>
        <source>Import &amp;outcomes from CSV or Excel…</source>
        <translation>Importera &amp;utfall från CSV eller Excel…</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel</source>
        <translation>Exportera till E&amp;xcel</translation>
    </message>
    <message>
        <source>The period&apos;s &amp;status table…</source>
        <translation>Periodens &amp;statustabell…</translation>
    </message>
    <message>
        <source>The &amp;gap view as filtered…</source>
        <translation>&amp;Avvikelsevyn som den är filtrerad…</translation>
    </message>
    <message>
        <source>The &amp;economy tables…</source>
        <translation>&amp;Ekonomitabellerna…</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <source>The year&apos;s &amp;indicator list…</source>
        <translation>Årets &amp;indikatorlista…</translation>
    </message>
    <message>
        <source>Import outcomes</source>
        <translation>Importera utfall</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>CSV-filer och Excel-arbetsböcker (*.csv *.txt *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Status %1 %2</source>
        <translation>Status %1 %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text for Word and LibreOffice (*.odt)</source>
        <translation>PDF (*.pdf);;OpenDocument-text för Word och LibreOffice (*.odt)</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Anslut till &amp;server…</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n economy table(s) of the report do not add up to their own total. Their lines are not stored unless you say so.</source>
        <translation>
            <numerusform>%n ekonomitabell i rapporten summerar inte till sin egen totalsumma. Dess rader sparas inte om du inte säger det.</numerusform>
            <numerusform>%n ekonomitabeller i rapporten summerar inte till sin egen totalsumma. Deras rader sparas inte om du inte säger det.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;without them</source>
        <translation>Importera &amp;utan dem</translation>
    </message>
    <message>
        <source>&amp;Store them as read</source>
        <translation>&amp;Spara dem som de lästs</translation>
    </message>
</context>
<context>
    <name>malkoll::TrendPanel</name>
    <message>
        <source>Save the chart</source>
        <translation>Spara diagrammet</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Trenddiagram</translation>
    </message>
    <message>
        <source>No indicator chosen.</source>
        <translation>Ingen indikator vald.</translation>
    </message>
    <message>
        <source>Save chart as P&amp;NG…</source>
        <translation>Spara diagrammet som PN&amp;G…</translation>
    </message>
    <message>
        <source>Trend chart: %1</source>
        <translation>Trenddiagram: %1</translation>
    </message>
</context>
</TS>
