#include "textdecode.h"

#include <QStringDecoder>
#include <cmath>

namespace malkoll {

namespace {
// A field's name as it goes into a message: a name made of a runaway value is cut short.
QString fieldName(const QString &field) { return field.size() > 100 ? field.left(99) + QChar(0x2026) : field; }

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\t' || u == u'\n' || u == u'\r') return false;
    return u < 0x20 || (u >= 0x7F && u < 0xA0) || u == 0xFFFE || u == 0xFFFF;
}
} // namespace

QString decodeText(const QByteArray &bytes, bool *wasUtf8, TextEncoding *encoding)
{
    auto setEncoding = [&](TextEncoding e) {
        if (encoding) *encoding = e;
        if (wasUtf8) *wasUtf8 = e != TextEncoding::Windows1252;
    };
    // UTF-16 is known only by its byte-order mark (Excel's "Unicode text" and Notepad write one).
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder utf16(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString text = utf16(bytes.mid(2));
        setEncoding(little ? TextEncoding::Utf16LE : TextEncoding::Utf16BE);
        return text;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
        setEncoding(TextEncoding::Utf8);
        return text;
    }
    setEncoding(TextEncoding::Windows1252);
    QStringDecoder cp1252("Windows-1252");
    if (cp1252.isValid()) return cp1252(bytes);
    return QString::fromLatin1(bytes);
}

QString TextCheck::removeControlCharacters(const QString &text, std::vector<ControlCharacter> *found)
{
    qsizetype first = 0;
    while (first < text.size() && !isControl(text.at(first))) ++first;
    if (first == text.size()) return text;
    QString out;
    out.reserve(text.size());
    int line = 1, column = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            ++line;
            column = 0;
            out += c;
            continue;
        }
        ++column;
        if (isControl(c)) {
            if (found) found->push_back({line, column, c.unicode()});
            continue;
        }
        out += c;
    }
    return out;
}

QString TextCheck::controlCharacterIn(const QString &value, const QString &field)
{
    for (qsizetype i = 0; i < value.size(); ++i)
        if (isControl(value.at(i)))
            return tr("%1: character %2 is a control character (U+%3).")
                .arg(fieldName(field))
                .arg(i + 1)
                .arg(int(value.at(i).unicode()), 4, 16, QLatin1Char('0'));
    return {};
}

Result<QString> TextCheck::readText(const QByteArray &bytes, const QString &fileName, qsizetype maxBytes)
{
    if (bytes.size() > maxBytes)
        return fail(tr("“%1” is %2 MB; a text Målkoll reads is at most %3 MB.")
                        .arg(fileName)
                        .arg(double(bytes.size()) / (1 << 20), 0, 'f', 1)
                        .arg(maxBytes >> 20));
    const QString text = decodeText(bytes);
    // A binary file: control characters all through its beginning. A few stray ones in a text
    // are the parser's to clean and list.
    const qsizetype sample = std::min<qsizetype>(text.size(), 1 << 16);
    qsizetype controls = 0;
    int line = 1, column = 0, firstLine = 0, firstColumn = 0;
    char16_t firstCode = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            ++line;
            column = 0;
            continue;
        }
        ++column;
        if (isControl(c)) {
            if (!controls) {
                firstLine = line;
                firstColumn = column;
                firstCode = c.unicode();
            }
            ++controls;
        }
    }
    if (controls > 0 && controls * 100 > sample)
        return fail(tr("“%1” is not a text file: line %2, column %3 holds the control character U+%4, and %5 more "
                       "follow in its beginning.")
                        .arg(fileName)
                        .arg(firstLine)
                        .arg(firstColumn)
                        .arg(int(firstCode), 4, 16, QLatin1Char('0'))
                        .arg(controls - 1));
    return text;
}

Result<void> TextCheck::checkLength(const QString &value, int max, const QString &field)
{
    if (value.size() <= max) return {};
    return fail(tr("%1 is %2 characters long; at most %3 are allowed.").arg(fieldName(field)).arg(value.size()).arg(max));
}

Result<void> TextCheck::check(std::initializer_list<Field> fields)
{
    for (const Field &f : fields) {
        if (auto r = checkLength(f.value, f.max, f.name); !r) return r;
        if (const QString e = controlCharacterIn(f.value, f.name); !e.isEmpty()) return fail(e);
    }
    return {};
}

Result<void> TextCheck::checkNumber(const std::optional<double> &value, const QString &field)
{
    if (!value) return {};
    if (!std::isfinite(*value)) return fail(tr("%1: the value is not a finite number.").arg(fieldName(field)));
    if (std::abs(*value) > limits::kMagnitude)
        return fail(tr("%1: %2 is too large; Målkoll takes values up to 1 000 000 000 000.").arg(fieldName(field)).arg(*value, 0, 'g', 4));
    return {};
}

} // namespace malkoll
