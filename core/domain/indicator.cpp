#include "indicator.h"

#include <QRegularExpression>

namespace malkoll {

QString directionCode(Direction d)
{
    switch (d) {
    case Direction::HigherIsBetter: return QStringLiteral("higher");
    case Direction::LowerIsBetter: return QStringLiteral("lower");
    case Direction::None: return QStringLiteral("none");
    }
    return {};
}

Direction directionFromCode(const QString &code)
{
    if (code == u"lower") return Direction::LowerIsBetter;
    if (code == u"none") return Direction::None;
    return Direction::HigherIsBetter;
}

QString periodicityCode(Periodicity p) { return p == Periodicity::Year ? QStringLiteral("year") : QStringLiteral("tertial"); }

Periodicity periodicityFromCode(const QString &code) { return code == u"year" ? Periodicity::Year : Periodicity::Tertial; }

QString seriesKeyFor(const QString &name)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString key = name.toLower();
    key.replace(nonWord, QStringLiteral(" "));
    return key.simplified();
}

} // namespace malkoll
