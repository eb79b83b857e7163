#pragma once
// Builds the demo store from the readable dataset in resources/demo (JSON, Swedish number
// text as in the reports). Everything is written in one transaction: a broken dataset
// leaves the store as it was and the message names the place in the dataset.
#include "result.h"

#include <QString>
#include <QCoreApplication>

namespace malkoll {

class Store;

struct DemoSummary
{
    qint64 committeeId = 0;
    int years = 0;
    int goals = 0;
    int indicators = 0;
    int measurements = 0;
    int activities = 0;
};

class DemoLoader
{
    Q_DECLARE_TR_FUNCTIONS(DemoLoader)

public:
    static QString defaultDatasetPath(); // the dataset compiled into the program
    static Result<DemoSummary> load(Store &store, const QString &datasetPath = defaultDatasetPath());
    static Result<DemoSummary> loadJson(Store &store, const QByteArray &json);
};

} // namespace malkoll
