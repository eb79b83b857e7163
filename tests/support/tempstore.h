#pragma once
// A store in a fresh temporary folder, removed after the test.
#include "qtprinters.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace malkoll::test {

class TempStore
{
public:
    explicit TempStore(Store::Options options = {});
    Store &operator*() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    Store &store() { return *m_store; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes and opens the file again, so that a test sees what is on disk.
    void reopen(Store::Options options = {});
    void close() { m_store.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

// Writes the demo store to `path` (a fresh file), for tests that open it as a user would.
::testing::AssertionResult writeDemoStore(const QString &path);

} // namespace malkoll::test
