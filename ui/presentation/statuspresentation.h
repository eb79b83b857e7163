#pragma once
// How statuses and assessments look in the window: an icon shape, a colour and a text, never
// colour alone. The texts are the catalogue's (core/text/labels) in the UI language.
#include "calc/prognosis.h"
#include "calc/status.h"
#include "domain/activity.h"
#include "domain/assessment.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace malkoll {

class StatusPresentation
{
public:
    static QString assessmentText(Assessment a); // "Uppfylls helt"; "Ej bedömt ännu" when not set
    static QIcon assessmentIcon(Assessment a);
    static QColor assessmentColor(Assessment a);
    // Indicator status against årsmål: "Årsmålet nås", "Årsmålet nås delvis", …
    static QString statusText(IndicatorStatus s);
    static QIcon statusIcon(IndicatorStatus s);
    static QColor statusColor(IndicatorStatus s);
    static QString prognosisMethodText(PrognosisMethod m); // short, in the UI language
    static QString activityStatusText(ActivityStatus s);
    // The UI language: the engine's texts (reasons, methods) follow it.
    static Language language();
    // A banner's look: a coloured edge, and on a light desktop a light tint behind the text; on a
    // dark or high-contrast desktop the desktop's own colours, so the text keeps its contrast.
    static QString bannerStyle(const QColor &edge, const QColor &tint, int padding = 4);
    // Focus always visible and a selection without focus told apart (the application's style sheet).
    static QString focusStyle(const QPalette &palette);
    // WCAG's contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
    // A small shape icon: filled circle (met), half circle (partly), cross (not met), ring (none).
    enum class Shape { Circle, Half, Cross, Ring };
    static QIcon shapeIcon(Shape shape, const QColor &color);
};

} // namespace malkoll
