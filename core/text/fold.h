#pragma once
// Folded text for matching names across PDF damage and spelling: case, diacritics, spaces and
// punctuation fall away ("Årsmål" and "Arsmal", "Arbetsmarknad såtgärder" and
// "Arbetsmarknadsåtgärder" fold alike). Used wherever names from outside are matched.
#include <QString>

namespace malkoll {

QString fold(const QString &text);
// The words of rich text (a section's HTML) without its markup: tags as spaces, the entities
// Qt writes (&amp; &lt; &gt; &quot; &#39; &nbsp; &#NNN;) as their characters.
QString plainFromHtml(const QString &html);

} // namespace malkoll
