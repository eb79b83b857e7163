#include "koladadialog.h"
#include "widgets/accessible.h"

#include "kolada/koladaclient.h"
#include "store/indicatorrepository.h"
#include "store/koladarepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace malkoll {

QString KoladaDialog::api()
{
    const QString configured = qEnvironmentVariable("MALKOLL_KOLADA_API");
    return configured.isEmpty() ? QString::fromLatin1(Kolada::kDefaultApi) : configured;
}

KoladaDialog::KoladaDialog(Store &store, const Indicator &indicator, QWidget *parent)
    : QDialog(parent), m_store(store), m_committeeId(indicator.committeeId), m_seriesKey(indicator.seriesKey), m_kpi(new QLineEdit),
      m_municipalities(new QLineEdit), m_ou(new QLineEdit), m_search(new QLineEdit), m_results(new QListWidget), m_message(new QLabel)
{
    setWindowTitle(tr("Kolada – %1").arg(indicator.name));
    for (const Indicator &y : IndicatorRepository(store).series(indicator.committeeId, indicator.seriesKey)) m_years.push_back(y.year);
    std::sort(m_years.begin(), m_years.end());
    const auto link = KoladaRepository(store).link(indicator.committeeId, indicator.seriesKey);
    m_kpi->setText(link ? link->kpi : QString());
    m_kpi->setPlaceholderText(QStringLiteral("N15033"));
    m_municipalities->setText(link ? link->municipalities.join(QStringLiteral(", ")) : QStringLiteral("0180, 0000"));
    m_municipalities->setToolTip(tr("Municipality ids, separated by commas: 0180 Stockholm, 0000 riket, 1480 Göteborg, 1280 Malmö …"));
    m_ou->setText(link ? link->ou : QString());
    m_search->setPlaceholderText(tr("Words of the KPI's title"));
    m_search->setText(indicator.name.left(60));
    m_message->setWordWrap(true);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    auto *searchButton = new QPushButton(tr("&Search Kolada"));
    searchRow->addWidget(searchButton);
    auto *form = new QFormLayout;
    auto *findLabel = new QLabel(tr("Find a &KPI by title:")); // a row of two widgets: the label needs its buddy named
    findLabel->setBuddy(m_search);
    form->addRow(findLabel, searchRow);
    form->addRow(QString(), m_results);
    form->addRow(tr("KPI &id:"), m_kpi);
    form->addRow(tr("&Municipalities:"), m_municipalities);
    form->addRow(tr("Or a &unit (Kolada's ou id):"), m_ou);
    m_results->setMinimumHeight(120);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *fetchButton = buttons->addButton(tr("&Fetch the series now"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(searchButton, &QPushButton::clicked, this, &KoladaDialog::search);
    connect(m_search, &QLineEdit::returnPressed, this, &KoladaDialog::search);
    connect(fetchButton, &QPushButton::clicked, this, &KoladaDialog::fetch);
    accessible::view(m_results, tr("Key figures found"));
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item) m_kpi->setText(item->data(Qt::UserRole).toString());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(680, 420);
}

KoladaLink KoladaDialog::link() const
{
    KoladaLink l{m_committeeId, m_seriesKey, m_kpi->text().trimmed().toUpper(), {}, m_ou->text().trimmed()};
    for (const QString &m : m_municipalities->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) l.municipalities << m;
    if (l.kpi.isEmpty()) l.municipalities.clear(), l.ou.clear();
    return l;
}

void KoladaDialog::search()
{
    m_results->clear();
    m_message->setText(tr("Asking Kolada…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto found = KoladaClient(api(), 15000).searchKpis(m_search->text().trimmed());
    QApplication::restoreOverrideCursor();
    if (!found) {
        m_message->setText(found.error());
        return;
    }
    for (const KoladaKpi &k : found.value()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(k.id, k.title));
        item->setData(Qt::UserRole, k.id);
        m_results->addItem(item);
    }
    m_message->setText(found->empty() ? tr("Kolada has no KPI with those words in its title.") : tr("%n KPI(s) found.", nullptr, int(found->size())));
}

void KoladaDialog::fetch()
{
    const KoladaLink l = link();
    if (l.kpi.isEmpty()) {
        m_message->setText(tr("Give the KPI first."));
        return;
    }
    m_message->setText(tr("Fetching from Kolada…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    KoladaClient client(api(), 30000);
    auto values = client.fetch(l, m_years);
    const std::vector<KoladaKpi> groups = values ? client.groupTitles(l) : std::vector<KoladaKpi>{};
    QApplication::restoreOverrideCursor();
    if (!values) {
        m_message->setText(values.error());
        return;
    }
    auto saved = KoladaRepository(m_store).save(values.value(), QDateTime::currentDateTimeUtc(), groups);
    if (!saved) {
        m_message->setText(saved.error());
        return;
    }
    m_fetched = true;
    m_message->setText(values->empty() ? tr("Kolada has no values of %1 for these years.").arg(l.kpi)
                                       : tr("%1 values: %2 new, %3 revised by Kolada, %4 as before.")
                                             .arg(values->size())
                                             .arg(saved->added)
                                             .arg(saved->revised)
                                             .arg(saved->unchanged));
}

} // namespace malkoll
