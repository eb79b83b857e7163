#include "statuspresentation.h"

#include <cmath>

#include <QGuiApplication>

#include "text/labels.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace malkoll {

QString StatusPresentation::assessmentText(Assessment a) { return labels::assessment(a, language(), true); }

QColor StatusPresentation::assessmentColor(Assessment a)
{
    switch (a) {
    case Assessment::Full: return QColor(0x2e, 0x7d, 0x32);
    case Assessment::Partly: return QColor(0xb3, 0x6b, 0x00); // 4.2:1 on white, 5:1 on black (EN 301 549 11.1.4.11)
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

Language StatusPresentation::language() { return labels::uiLanguage(); }

QString StatusPresentation::statusText(IndicatorStatus s) { return labels::status(s, language()); }

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

QString StatusPresentation::bannerStyle(const QColor &edge, const QColor &tint, int padding)
{
    const QPalette p = QGuiApplication::palette();
    const bool light = p.color(QPalette::Base).lightness() > 160 && p.color(QPalette::Text).lightness() < 100;
    return light ? QStringLiteral("background: %1; color: %2; border-left: 4px solid %3; padding: %4px;")
                       .arg(tint.name(), p.color(QPalette::Text).name(), edge.name())
                       .arg(padding)
                 : QStringLiteral("background: palette(base); color: palette(text); border-left: 4px solid palette(highlight); "
                                  "border-top: 1px solid palette(text); border-bottom: 1px solid palette(text); padding: %1px;")
                       .arg(padding);
}

QString StatusPresentation::focusStyle(const QPalette &p)
{
    const QColor base = p.color(QPalette::Base), high = p.color(QPalette::Highlight);
    const QColor muted = QColor::fromRgbF(base.redF() * 0.65f + high.redF() * 0.35f, base.greenF() * 0.65f + high.greenF() * 0.35f,
                                          base.blueF() * 0.65f + high.blueF() * 0.35f);
    return QStringLiteral("QAbstractItemView:focus { border: 2px solid palette(highlight); }\n"
                          "QAbstractItemView:!focus { selection-background-color: %1; selection-color: palette(text); }\n")
        .arg(muted.name());
}

double StatusPresentation::contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString StatusPresentation::prognosisMethodText(PrognosisMethod m) { return labels::prognosisMethod(m, language()); }

QString StatusPresentation::activityStatusText(ActivityStatus s) { return labels::activityStatus(s, language()); }

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
