#pragma once
// Real headings in an OpenDocument text. Qt's ODF writer writes every block as a paragraph
// (text:p), so a word processor sees no headings and builds no table of contents. The writer's
// caller marks each heading block with headingMark(level); makeHeadings() turns each marked
// paragraph into a heading (text:h with its outline level) and removes the mark.
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace malkoll {

class OdfHeadings
{
    Q_DECLARE_TR_FUNCTIONS(OdfHeadings)

public:
    // U+2063 (invisible separator), the level 1–6, U+2063.
    static QString headingMark(int level);
    // content.xml with the marked paragraphs made headings.
    static QByteArray convert(const QByteArray &contentXml);
    // Each picture framed as draw:name="NAME" gets its text alternative (svg:title and svg:desc).
    static QByteArray describeFrames(const QByteArray &contentXml, const QHash<QString, QString> &descriptions);
    // Reads the .odt `written`, converts its content.xml (headings, and the pictures' text
    // alternatives by frame name) and writes the package to `path`.
    static Result<void> rewrite(const QString &written, const QString &path, const QHash<QString, QString> &descriptions = {});
};

} // namespace malkoll
