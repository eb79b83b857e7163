#pragma once
// Outcome import from CSV: each row names an indicator (by name) and gives some of its
// values for a period (outcome, men, women, prognos helår, analysis). The columns are
// mapped to fields by the user (a guess from the header to start with). preview() reads
// and checks everything and writes nothing; apply() writes a clean preview in one
// transaction, or nothing.
#include "domain/measurement.h"
#include "domain/period.h"
#include "io/csv.h"
#include "import/outcomemapping.h"
#include "result.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace malkoll {

class Store;

struct CsvIssue
{
    int line = 0;   // file line
    int column = 0; // 1-based CSV column, 0 for the whole row
    QString message;
};

struct OutcomeChange
{
    int line = 0;
    qint64 indicatorId = 0;
    QString indicator;
    Period period = Period::T1;
    std::optional<Measurement> before;
    Measurement after;
};

struct OutcomePreview
{
    qint64 committeeId = 0;
    int year = 0;
    std::vector<OutcomeChange> changes;
    std::vector<CsvIssue> errors;
    int unchanged = 0; // rows whose values the store already has
};

class OutcomeImport
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeImport)

public:
    // Reads `table` against the committee's year. Rows without a Period column go to
    // `defaultPeriod`. An empty cell leaves the stored value as it is.
    static OutcomePreview preview(Store &store, qint64 committeeId, int year, Period defaultPeriod, const CsvTable &table,
                                  const OutcomeMapping &mapping);
    // Writes the changes in one transaction. Refuses a preview with errors, and stops (store
    // unchanged) if a value was changed by someone else since the preview.
    static Result<int> apply(Store &store, const OutcomePreview &preview);
    // What a change does, for the preview: "Utfall 5,20 → 5,10; ny analys".
    static QString describe(const OutcomeChange &change);
};

} // namespace malkoll
