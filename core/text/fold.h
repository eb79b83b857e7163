#pragma once
// Folded text for matching names across PDF damage and spelling: case, diacritics, spaces and
// punctuation fall away ("Årsmål" and "Arsmal", "Arbetsmarknad såtgärder" and
// "Arbetsmarknadsåtgärder" fold alike). Used wherever names from outside are matched.
#include <QString>

namespace malkoll {

QString fold(const QString &text);

} // namespace malkoll
