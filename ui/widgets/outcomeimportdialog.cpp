#include "outcomeimportdialog.h"
#include "widgets/accessible.h"

#include "appsettings.h"
#include "xlsxreader.h"

#include "import/reportparser.h"
#include "store/indicatorrepository.h"
#include "store/store.h"
#include "text/fold.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace malkoll {

namespace {

enum DialectChoice { Automatic, ExcelUtf8, ExcelWindows, CommaUtf8 };

} // namespace

OutcomeImportDialog::OutcomeImportDialog(Store &store, qint64 committeeId, int year, Period period, const QString &file,
                                         QWidget *parent)
    : QDialog(parent), m_store(store), m_committeeId(committeeId), m_year(year), m_file(file)
{
    const bool workbook = file.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    setWindowTitle((workbook ? tr("Import outcomes from Excel – %1") : tr("Import outcomes from CSV – %1")).arg(QFileInfo(file).fileName()));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QFormLayout;
    m_sheet = new QComboBox;
    m_dialect = new QComboBox;
    m_dialect->addItem(tr("Automatic"), Automatic);
    m_dialect->addItem(tr("Semicolon, decimal comma, UTF-8 (Excel)"), ExcelUtf8);
    m_dialect->addItem(tr("Semicolon, decimal comma, Windows-1252 (older Excel)"), ExcelWindows);
    m_dialect->addItem(tr("Comma, decimal point, UTF-8"), CommaUtf8);
    m_dialect->setCurrentIndex(std::max(0, m_dialect->findData(AppSettings::csvDialect(Automatic))));
    if (workbook) {
        m_dialect->hide();
        top->addRow(tr("&Sheet:"), m_sheet);
    } else {
        m_sheet->hide();
        top->addRow(tr("&File format:"), m_dialect);
    }
    m_period = new QComboBox;
    for (Period p : followUpPeriods) m_period->addItem(periodTitle(p), periodCode(p));
    m_period->setCurrentIndex(std::max(0, m_period->findData(periodCode(period))));
    top->addRow(tr("&Period (rows without one):"), m_period);
    top->addRow(tr("Year:"), new QLabel(QString::number(year)));
    layout->addLayout(top);

    m_fileError = new QLabel;
    m_fileError->setWordWrap(true);
    m_fileError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_fileError->hide();
    layout->addWidget(m_fileError);

    auto *mappingBox = new QGroupBox(tr("Columns of the file"));
    m_mapping = new QFormLayout(mappingBox);
    layout->addWidget(mappingBox);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 4);
    m_table->setHorizontalHeaderLabels({workbook ? tr("Row") : tr("Line"), tr("Column"), tr("Indicator"), tr("Change or error")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    accessible::view(m_table, tr("What the import would change, and what it cannot read"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumSize(900, 260);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_table, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    if (workbook) {
        auto book = XlsxReader::open(file);
        if (book) {
            m_workbook = std::make_unique<XlsxReader>(std::move(book).value());
            m_sheet->addItems(m_workbook->sheetNames());
        } else {
            m_fileError->setText(book.error());
        }
    } else {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) m_bytes = f.readAll();
        else m_fileError->setText(tr("Cannot read “%1”: %2").arg(file, f.errorString()));
    }
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        readFile();
        rebuildMapping();
        refreshPreview();
    });

    connect(m_dialect, &QComboBox::currentIndexChanged, this, [this] {
        readFile();
        rebuildMapping();
        refreshPreview();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &OutcomeImportDialog::refreshPreview);
    readFile();
    rebuildMapping();
    refreshPreview();
}

OutcomeImportDialog::~OutcomeImportDialog() = default;

QPushButton *OutcomeImportDialog::importButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

QString OutcomeImportDialog::summaryText() const { return m_summary->text(); }

void OutcomeImportDialog::readFile()
{
    m_csv = CsvTable{};
    if (!m_fileError->text().isEmpty() && !m_workbook && m_bytes.isNull()) { // the file could not be read at all
        m_fileError->show();
        return;
    }
    std::optional<Result<CsvTable>> table;
    if (m_file.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        if (!m_workbook) {
            m_fileError->show();
            return;
        }
        table = m_workbook->table(m_sheet->currentText());
    } else {
        CsvDialect dialect = Csv::detect(m_bytes);
        switch (m_dialect->currentData().toInt()) {
        case ExcelUtf8: dialect = CsvDialect::excel(); break;
        case ExcelWindows: dialect = {u';', u',', CsvDialect::Encoding::Windows1252}; break;
        case CommaUtf8: dialect = CsvDialect::comma(); break;
        default: break;
        }
        m_dialect->setItemText(0, tr("Automatic (%1)").arg(dialect.describe()));
        table = Csv::read(m_bytes, dialect);
    }
    if (!*table) {
        m_fileError->setText(table->error());
        m_fileError->show();
        return;
    }
    m_fileError->hide();
    m_csv = table->value();
    OutcomeMapping::findHeader(m_csv);
}

void OutcomeImportDialog::rebuildMapping()
{
    while (m_mapping->rowCount() > 0) m_mapping->removeRow(0);
    m_fields.clear();
    OutcomeMapping guess = OutcomeMapping::guess(m_csv.header);
    const QVariantMap remembered = AppSettings::csvMapping();
    for (int c = 0; c < m_csv.header.size(); ++c) {
        auto *box = new QComboBox;
        for (OutcomeField f : {OutcomeField::Ignore, OutcomeField::Indicator, OutcomeField::Period, OutcomeField::Outcome,
                               OutcomeField::Men, OutcomeField::Women, OutcomeField::Prognosis, OutcomeField::Analysis})
            box->addItem(outcomeFieldTitle(f), outcomeFieldCode(f));
        const QString key = fold(m_csv.header.at(c));
        QString code = outcomeFieldCode(guess.columns[size_t(c)]);
        if (remembered.contains(key)) code = remembered.value(key).toString();
        box->setCurrentIndex(std::max(0, box->findData(code)));
        connect(box, &QComboBox::currentIndexChanged, this, &OutcomeImportDialog::refreshPreview);
        const QString label = m_csv.header.at(c).isEmpty() ? tr("Column %1").arg(c + 1) : m_csv.header.at(c);
        m_mapping->addRow(label + u':', box);
        m_fields.push_back(box);
    }
}

void OutcomeImportDialog::refreshPreview()
{
    OutcomeMapping mapping;
    for (QComboBox *box : m_fields) mapping.columns.push_back(outcomeFieldFromCode(box->currentData().toString()).value_or(OutcomeField::Ignore));
    const Period period = periodFromCode(m_period->currentData().toString()).value_or(Period::T1);
    if (m_csv.header.isEmpty()) m_preview = OutcomePreview{};
    else m_preview = OutcomeImport::preview(m_store, m_committeeId, m_year, period, m_csv, mapping);

    m_table->setRowCount(0);
    auto addRow = [&](int line, int column, const QString &indicator, const QString &text, bool error) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QString columnText = !column ? QString() : m_csv.sheet.isEmpty() ? QString::number(column) : Csv::columnLetters(column);
        const QStringList cells{QString::number(line), columnText, indicator, text};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (error) item->setForeground(QColor(0xb0, 0x00, 0x20));
            item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
    };
    for (const CsvIssue &e : m_preview.errors) addRow(e.line, e.column, QString(), e.message, true);
    for (const OutcomeChange &c : m_preview.changes)
        addRow(c.line, 0, QStringLiteral("%1 (%2)").arg(c.indicator, periodCode(c.period)), OutcomeImport::describe(c), false);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(2, std::min(m_table->columnWidth(2), 320));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeRowsToContents();
    if (!m_preview.errors.empty())
        m_summary->setText(tr("%n error(s): correct the file or the mapping. Nothing is imported while there are errors.", nullptr,
                              int(m_preview.errors.size())));
    else
        m_summary->setText(tr("%n value row(s) will change; %1 already as in the file.", nullptr, int(m_preview.changes.size()))
                               .arg(m_preview.unchanged));
    importButton()->setEnabled(m_preview.errors.empty() && !m_preview.changes.empty());
}

void OutcomeImportDialog::rememberMapping() const
{
    QVariantMap remembered = AppSettings::csvMapping();
    for (size_t c = 0; c < m_fields.size(); ++c)
        remembered.insert(fold(m_csv.header.at(qsizetype(c))), m_fields[c]->currentData().toString());
    AppSettings::setCsvImport(remembered, m_dialect->currentData());
}

void OutcomeImportDialog::accept()
{
    if (!importButton()->isEnabled()) return; // errors, or nothing to import: Enter does not close the dialog
    Result<void> r = m_apply ? m_apply(m_preview) : [&]() -> Result<void> {
        auto applied = OutcomeImport::apply(m_store, m_preview);
        if (!applied) return Error{applied.error()};
        return {};
    }();
    if (!r) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(r.error()));
        refreshPreview(); // show what the store holds now
        return;
    }
    m_imported = int(m_preview.changes.size());
    rememberMapping();
    QDialog::accept();
}

} // namespace malkoll
