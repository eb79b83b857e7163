#pragma once
// How statuses and assessments look: an icon shape, a colour and a text, never colour alone.
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
    // A small shape icon: filled circle (met), half circle (partly), cross (not met), ring (none).
    enum class Shape { Circle, Half, Cross, Ring };
    static QIcon shapeIcon(Shape shape, const QColor &color);
};

} // namespace malkoll
