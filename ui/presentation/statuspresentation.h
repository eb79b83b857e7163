#pragma once
// How statuses and assessments look: an icon shape, a colour and a text, never colour alone.
#include "calc/prognosis.h"
#include "calc/status.h"
#include "domain/activity.h"
#include "domain/assessment.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace malkoll {

class StatusPresentation
{
public:
    static QString assessmentText(Assessment a); // translated "Fully met"/"Uppfylls helt"
    static QIcon assessmentIcon(Assessment a);
    static QColor assessmentColor(Assessment a);
    // Indicator status against årsmål: "Nås", "Nås delvis", "Nås inte", "Kan inte bedömas".
    static QString statusText(IndicatorStatus s);
    static QIcon statusIcon(IndicatorStatus s);
    static QColor statusColor(IndicatorStatus s);
    static QString prognosisMethodText(PrognosisMethod m); // short, in the UI language
    static QString activityStatusText(ActivityStatus s);
    // The engine's texts (reasons, methods) follow the UI: Swedish when the UI is Swedish.
    static Language language();
    // A small shape icon: filled circle (met), half circle (partly), cross (not met), ring (none).
    enum class Shape { Circle, Half, Cross, Ring };
    static QIcon shapeIcon(Shape shape, const QColor &color);
};

} // namespace malkoll
