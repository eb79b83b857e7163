#pragma once
// One committee of a city store taken out into a file of its own — with the city's KF structure of
// its years, so that it can work offline — and back again (copy-store STORE FILE --committee NAME,
// and copy-store FILE STORE --committee NAME).
//
// Back, the file is the committee's: its rows replace the committee's rows in the city store, in
// one transaction. A row the city has (the same id, of the same committee) keeps its id, so the
// people's units and the audit log's references stay; a row made offline gets a new id in the
// city, and every reference to it follows; a row deleted offline is deleted. The city's KF
// structure is the city's: the committee's goals and KF-indikatorer attach to it again by number
// and title. Other committees are not touched.
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <utility>
#include <vector>

namespace malkoll {

class Store;

struct CommitteeCopyBack
{
    qint64 committeeId = 0; // in the city store
    bool joined = false;    // the city had no committee of that name: it joined
    int inserted = 0, updated = 0, deleted = 0; // updated: rows the city had, written over with the file's
    QStringList unmatched; // KF goals and indicators the city's KF structure has not
};

class CommitteeCopy
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeCopy)

public:
    // The committee's rows and the city's KF structure of its years into `target`, which holds no
    // rows yet; one transaction, every table counted on both sides. Returns the counts copied.
    static Result<std::vector<std::pair<QString, int>>> copyOut(const Store &city, qint64 committeeId, Store &target);
    // The committee named `name` in `file` (a file of one committee) back into `city`.
    static Result<CommitteeCopyBack> copyBack(const Store &file, Store &city, const QString &name);
};

} // namespace malkoll
