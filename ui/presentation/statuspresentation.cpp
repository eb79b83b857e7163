#include "statuspresentation.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace malkoll {

QString StatusPresentation::assessmentText(Assessment a)
{
    switch (a) {
    case Assessment::NotSet: return QCoreApplication::translate("Status", "Not assessed yet");
    case Assessment::Full: return QCoreApplication::translate("Status", "Fully met");
    case Assessment::Partly: return QCoreApplication::translate("Status", "Partly met");
    case Assessment::NotMet: return QCoreApplication::translate("Status", "Not met");
    case Assessment::NotAssessed: return QCoreApplication::translate("Status", "None (not assessed by the unit)");
    }
    return {};
}

QColor StatusPresentation::assessmentColor(Assessment a)
{
    switch (a) {
    case Assessment::Full: return QColor(0x2e, 0x7d, 0x32);
    case Assessment::Partly: return QColor(0xef, 0x9a, 0x00);
    case Assessment::NotMet: return QColor(0xc6, 0x28, 0x28);
    default: return QColor(0x75, 0x75, 0x75);
    }
}

QIcon StatusPresentation::assessmentIcon(Assessment a)
{
    switch (a) {
    case Assessment::Full: return shapeIcon(Shape::Circle, assessmentColor(a));
    case Assessment::Partly: return shapeIcon(Shape::Half, assessmentColor(a));
    case Assessment::NotMet: return shapeIcon(Shape::Cross, assessmentColor(a));
    default: return shapeIcon(Shape::Ring, assessmentColor(a));
    }
}

Language StatusPresentation::language()
{
    return QLocale().language() == QLocale::Swedish ? Language::Swedish : Language::English;
}

QString StatusPresentation::statusText(IndicatorStatus s)
{
    switch (s) {
    case IndicatorStatus::Met: return QCoreApplication::translate("Status", "Target met");
    case IndicatorStatus::PartlyMet: return QCoreApplication::translate("Status", "Target partly met");
    case IndicatorStatus::NotMet: return QCoreApplication::translate("Status", "Target not met");
    case IndicatorStatus::NotAssessable: return QCoreApplication::translate("Status", "Cannot be assessed");
    }
    return {};
}

QColor StatusPresentation::statusColor(IndicatorStatus s)
{
    switch (s) {
    case IndicatorStatus::Met: return assessmentColor(Assessment::Full);
    case IndicatorStatus::PartlyMet: return assessmentColor(Assessment::Partly);
    case IndicatorStatus::NotMet: return assessmentColor(Assessment::NotMet);
    case IndicatorStatus::NotAssessable: return assessmentColor(Assessment::NotSet);
    }
    return {};
}

QIcon StatusPresentation::statusIcon(IndicatorStatus s)
{
    switch (s) {
    case IndicatorStatus::Met: return shapeIcon(Shape::Circle, statusColor(s));
    case IndicatorStatus::PartlyMet: return shapeIcon(Shape::Half, statusColor(s));
    case IndicatorStatus::NotMet: return shapeIcon(Shape::Cross, statusColor(s));
    case IndicatorStatus::NotAssessable: return shapeIcon(Shape::Ring, statusColor(s));
    }
    return {};
}

QString StatusPresentation::prognosisMethodText(PrognosisMethod m)
{
    switch (m) {
    case PrognosisMethod::None: return QCoreApplication::translate("Status", "no suggestion");
    case PrognosisMethod::YearOutcome: return QCoreApplication::translate("Status", "the year's outcome");
    case PrognosisMethod::CumulativeShare: return QCoreApplication::translate("Status", "share of year so far");
    case PrognosisMethod::CarryForward: return QCoreApplication::translate("Status", "level so far");
    case PrognosisMethod::LinearTrend: return QCoreApplication::translate("Status", "linear trend");
    }
    return {};
}

QString StatusPresentation::activityStatusText(ActivityStatus s)
{
    switch (s) {
    case ActivityStatus::NotSet: return QCoreApplication::translate("Status", "Not reported");
    case ActivityStatus::OnTrack: return QCoreApplication::translate("Status", "On track");
    case ActivityStatus::Completed: return QCoreApplication::translate("Status", "Completed");
    case ActivityStatus::Delayed: return QCoreApplication::translate("Status", "Delayed");
    case ActivityStatus::Postponed: return QCoreApplication::translate("Status", "Postponed");
    case ActivityStatus::Cancelled: return QCoreApplication::translate("Status", "Cancelled");
    }
    return {};
}

QIcon StatusPresentation::shapeIcon(Shape shape, const QColor &color)
{
    static QHash<QString, QIcon> cache;
    const QString key = QStringLiteral("%1-%2").arg(int(shape)).arg(color.name());
    if (const auto it = cache.constFind(key); it != cache.cend()) return *it;
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(4, 4, 24, 24);
    switch (shape) {
    case Shape::Circle:
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(r);
        break;
    case Shape::Half: {
        p.setPen(QPen(color, 3));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(1, 1, -1, -1));
        QPainterPath half;
        half.moveTo(r.center());
        half.arcTo(r, 90, 180);
        half.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPath(half);
        break;
    }
    case Shape::Cross:
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(r);
        p.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(11, 11), QPointF(21, 21));
        p.drawLine(QPointF(21, 11), QPointF(11, 21));
        break;
    case Shape::Ring:
        p.setPen(QPen(color, 3));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(2, 2, -2, -2));
        break;
    }
    p.end();
    QIcon icon(pm);
    cache.insert(key, icon);
    return icon;
}

} // namespace malkoll
