// The city tab ("Staden", issue 30): every committee of a city store against the city's KF
// indicators for the window's period, filtered and sorted; the trend of one KF indicator with a
// line per committee and its words; KF:s årsmål set once for every committee as one undo step.
#include "mainwindow.h"
#include "periodsession.h"
#include "qtprinters.h"
#include "sample/generator.h"
#include "store/cityrepository.h"
#include "store/indicatorrepository.h"
#include "store/organisationrepository.h"
#include "store/store.h"
#include "widgets/citytab.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace malkoll;

namespace {

class CityTabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        path = dir.filePath(QStringLiteral("city.malkoll"));
        {
            auto store = Store::open(path);
            ASSERT_TRUE(store);
            Generator::Options o;
            o.committees = 3;
            o.years = 2;
            o.indicatorsPerYear = 20;
            o.activitiesPerYear = 3;
            ASSERT_TRUE(Generator::generate(*store.value(), o));
        }
        ASSERT_TRUE(window.openStore(path).ok());
        tab = window.cityTab();
        ASSERT_NE(tab, nullptr);
    }
    QTemporaryDir dir;
    QString path;
    MainWindow window;
    CityTab *tab = nullptr;
};

} // namespace

TEST_F(CityTabTest, EveryCommitteeOfEveryKfIndicatorFilteredAndSorted)
{
    QTableView *indicators = tab->table(0);
    const int kfIndicators = int(CityRepository(*window.session()->store()).indicators(2024).size());
    ASSERT_GT(kfIndicators, 0);
    EXPECT_EQ(indicators->model()->rowCount(), kfIndicators * 3) << "a row per committee and KF indicator";
    EXPECT_FALSE(indicators->accessibleName().isEmpty());
    EXPECT_EQ(tab->table(2)->model()->rowCount(), 3) << "every committee's reporting round";
    EXPECT_GT(tab->table(1)->model()->rowCount(), 0);

    window.findChild<QLineEdit *>(QStringLiteral("cityFilter"))->setText(QStringLiteral("Norrmalm"));
    EXPECT_EQ(indicators->model()->rowCount(), kfIndicators);
    EXPECT_EQ(tab->table(2)->model()->rowCount(), 1);
    window.findChild<QLineEdit *>(QStringLiteral("cityFilter"))->clear();

    // Sorted by the outcome as a number: each row's outcome no greater than the next one's.
    int utfall = -1;
    for (int c = 0; c < indicators->model()->columnCount(); ++c)
        if (QStringList{QStringLiteral("Utfall"), QStringLiteral("Outcome")}.contains(indicators->model()->headerData(c, Qt::Horizontal).toString()))
            utfall = c;
    ASSERT_GE(utfall, 0);
    indicators->sortByColumn(utfall, Qt::AscendingOrder);
    double previous = -1e18;
    for (int r = 0; r < indicators->model()->rowCount(); ++r) {
        const QVariant v = indicators->model()->index(r, utfall).data(Qt::UserRole);
        if (v.typeId() != QMetaType::Double) continue;
        EXPECT_GE(v.toDouble(), previous) << "row " << r;
        previous = v.toDouble();
    }
}

TEST_F(CityTabTest, TheTrendHasALinePerCommitteeAndSaysWhatItShows)
{
    QComboBox *chooser = tab->indicatorChooser();
    ASSERT_GT(chooser->count(), 0);
    // A KF indicator with full-year outcomes in some committee.
    bool found = false;
    for (int i = 0; i < chooser->count() && !found; ++i) {
        chooser->setCurrentIndex(i);
        auto *chart = window.findChild<QChartView *>(QStringLiteral("cityChart"))->chart();
        if (chart->series().size() == 3) found = true;
    }
    ASSERT_TRUE(found);
    const QString words = tab->chartDescription();
    for (const char *committee : {"Kungsholmen", "Norrmalm", "Östermalm"}) EXPECT_TRUE(words.contains(QString::fromUtf8(committee))) << committee;
    EXPECT_TRUE(words.contains(QStringLiteral("2023")) && words.contains(QStringLiteral("2024"))) << words.toStdString();
}

TEST_F(CityTabTest, KfTargetSetOnceForEveryCommitteeIsOneUndoStep)
{
    Store &store = *window.session()->store();
    QComboBox *chooser = tab->indicatorChooser();
    const qint64 kf = chooser->currentData().toLongLong();
    ASSERT_NE(kf, 0);
    const Target before = CityRepository(store).indicator(kf)->kfTarget;
    const auto kfTargets = [&] {
        QStringList out;
        for (const Committee &c : OrganisationRepository(store).committees()) {
            const QHash<qint64, qint64> links = CityRepository(store).indicatorLinks(c.id, 2024);
            for (const Indicator &i : IndicatorRepository(store).indicators(c.id, 2024))
                if (links.value(i.id) == kf) out << i.kfTarget.text;
        }
        return out;
    };
    ASSERT_EQ(kfTargets().size(), 3);
    ASSERT_TRUE(tab->setKfTarget(QStringLiteral("Minst 77 %")));
    EXPECT_EQ(kfTargets(), QStringList(3, QStringLiteral("Minst 77 %")));
    window.session()->undoStack()->undo();
    EXPECT_EQ(kfTargets(), QStringList(3, before.text));
    window.session()->undoStack()->redo();
    EXPECT_EQ(kfTargets(), QStringList(3, QStringLiteral("Minst 77 %")));
    // Bad text: refused, nothing changed.
    EXPECT_FALSE(tab->setKfTarget(QStringLiteral("ungefär lagom")));
    EXPECT_EQ(kfTargets(), QStringList(3, QStringLiteral("Minst 77 %")));
}
