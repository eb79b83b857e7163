#pragma once
// Text from outside files: the encoding found (UTF-8 with or without BOM, UTF-16 with its
// BOM, else Windows-1252), control characters found and removed with their positions, and a
// refusal of what is not text at all (a binary or random file) before anyone parses it.
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <initializer_list>
#include <optional>
#include <vector>

namespace malkoll {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

// Decodes bytes: UTF-16 when they start with its byte-order mark, UTF-8 (with or without BOM)
// when they are valid UTF-8, otherwise Windows-1252. `wasUtf8` is true for UTF-8 and UTF-16
// (no guess was needed); `encoding` names what was used.
QString decodeText(const QByteArray &bytes, bool *wasUtf8 = nullptr, TextEncoding *encoding = nullptr);

// A control character (not tab, line feed or carriage return) at a 1-based line and column.
struct ControlCharacter
{
    int line = 0;
    int column = 0;
    char16_t code = 0;
};

class TextCheck
{
    Q_DECLARE_TR_FUNCTIONS(TextCheck)

public:
    // Removes control characters other than tab and line breaks, and says where they were.
    static QString removeControlCharacters(const QString &text, std::vector<ControlCharacter> *found = nullptr);
    // A message naming a control character in a value typed or imported ("field"), or empty.
    static QString controlCharacterIn(const QString &value, const QString &field);
    // Refuses bytes that are not text: over `maxBytes`, or with control characters in more than
    // one in a hundred of the first 64 KiB (a binary file). The message names the file and the
    // first line and column at fault.
    static Result<QString> readText(const QByteArray &bytes, const QString &fileName, qsizetype maxBytes);
    // "at most 300 characters": refuses a value longer than `max`, naming the field.
    static Result<void> checkLength(const QString &value, int max, const QString &field);

    // One text field of a record as typed or imported: its value, the longest it may be, its name.
    struct Field
    {
        const QString &value;
        int max;
        QString name;
    };
    // Every field within its length and free of control characters; the first that is not, named.
    static Result<void> check(std::initializer_list<Field> fields);
    // A number that is finite and within ±limits::kMagnitude, named when it is not.
    static Result<void> checkNumber(const std::optional<double> &value, const QString &field);
};

// Lengths Målkoll accepts where people type or import text (characters).
namespace limits {
constexpr int kCommitteeName = 120;
constexpr int kName = 300;    // indicator, unit, budget line, investment names; units of measure
constexpr int kTitle = 1000;  // goal and activity titles
constexpr int kText = 5000;   // analyses, reasons, descriptions, expected results
constexpr int kDocument = 50000; // proposals and summary of a period
constexpr double kMagnitude = 1e12; // the largest value (in absolute terms) an indicator or amount may have
} // namespace limits

} // namespace malkoll
