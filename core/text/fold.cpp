#include "fold.h"

namespace malkoll {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing) out += c;
    return out;
}

} // namespace malkoll
