#pragma once
// The title block and the report's identity: "Tertialrapport 1 2024 för Kungsholmens
// stadsdelsnämnd" in every form the city has used, the handläggare with telephone and date,
// and — for a text without its title — the evidence that lets Målkoll guess what it is.
#include "readercontext.h"

namespace malkoll::reportreading {

class TitleReader
{
public:
    explicit TitleReader(ReaderContext &c) : m_c(c) {}
    // Every line before the title is found, and until the committee is known.
    void line(int n, const QString &line);
    // After the last line: what the title did not say, guessed from the evidence.
    void guessIdentity();

private:
    void readTitle(int n, const QString &line);
    bool readTitleName(int n, const QString &text);
    void setName(const QString &name);
    void noteEvidence(int n, const QString &line);
    void readTitleBlock(int n, const QString &line);

    ReaderContext &m_c;
    int m_titleLine = 0;      // a title's kind and year read, its committee or unit awaited below
    int m_handlaggareLine = 0; // "Handläggare" alone: the name on the line below
};

} // namespace malkoll::reportreading
