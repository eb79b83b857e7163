#pragma once
// Which CSV column holds which field of an outcome row, guessed from the header and chosen by
// the user. No store here, so the fuzz targets can use it alone.
#include "io/csv.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace malkoll {

enum class OutcomeField { Ignore, Indicator, Period, Outcome, Men, Women, Prognosis, Analysis };

QString outcomeFieldCode(OutcomeField f);                        // "indicator", "outcome", …
std::optional<OutcomeField> outcomeFieldFromCode(const QString &code);
QString outcomeFieldTitle(OutcomeField f);                       // translated, for the mapping dialog

struct OutcomeMapping
{
    std::vector<OutcomeField> columns; // one per CSV column
    // The columns' fields guessed from the header ("Indikator", "Period", "Utfall", "Män", …).
    static OutcomeMapping guess(const QStringList &header);
    bool has(OutcomeField f) const;
    // A sheet often has a title and blank rows above its table: when the header names no
    // indicator column but one of the next rows does, that row becomes the header and the rows
    // above it are dropped.
    static void findHeader(CsvTable &table);
};

} // namespace malkoll
