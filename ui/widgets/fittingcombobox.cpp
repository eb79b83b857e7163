#include "fittingcombobox.h"

#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <algorithm>

namespace malkoll {

FittingComboBox::FittingComboBox(int minimumChars, QWidget *parent) : QComboBox(parent)
{
    // It asks for its longest entry (sizeHint); QComboBox's minimumSizeHint is minimumChars wide.
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(minimumChars);
    connect(this, &QComboBox::currentTextChanged, this, &QWidget::setToolTip);
}

QString FittingComboBox::shownText() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    int room = field.width() - 2; // the style's label keeps a pixel either side
    if (!option.currentIcon.isNull()) room -= option.iconSize.width() + 4;
    return fontMetrics().elidedText(option.currentText, Qt::ElideRight, std::max(0, room));
}

void FittingComboBox::paintEvent(QPaintEvent *)
{
    // QComboBox's own painting, with the label shortened instead of cut.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    if (currentIndex() < 0 && !placeholderText().isEmpty()) {
        option.palette.setBrush(QPalette::ButtonText, option.palette.placeholderText());
        option.currentText = placeholderText();
    } else if (!isEditable()) {
        option.currentText = shownText();
    }
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

} // namespace malkoll
