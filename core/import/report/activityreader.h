#pragma once
// The activity table: "Aktivitet | Startdatum | Slutdatum | Avvikelse", titles wrapped over
// several lines before their dates, Analys rows with their text on the row below.
#include "readercontext.h"

namespace malkoll::reportreading {

class ActivityReader final : public TableReader
{
public:
    using TableReader::TableReader;
    bool starts(int n, const QStringList &cells, int first) override;
    void row(int n, const QStringList &cells) override;
    void end() override; // a title still waiting for its dates is listed
    LineKind kind() const override { return LineKind::Activity; }

    bool waitingForDates() const { return !m_prefix.isEmpty(); }
    void newGoal() { m_analysisPending = nullptr; }

private:
    bool analysisBelongs(int n, const ParsedActivity *row);

    ParsedActivity *m_analysisPending = nullptr;
    QString m_prefix; // a wrapped activity title waiting for its dates
    int m_prefixLine = 0;
    bool m_lastRead = false;
    int m_lastLine = 0;
};

} // namespace malkoll::reportreading
