#pragma once
// Which CSV column holds which field of an outcome row, guessed from the header and chosen by
// the user. No store here, so the fuzz targets can use it alone.
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
};

} // namespace malkoll
