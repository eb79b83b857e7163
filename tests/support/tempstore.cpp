#include "tempstore.h"

#include "sample/demoloader.h"

#include <gtest/gtest.h>
#include <stdexcept>

namespace malkoll::test {

TempStore::TempStore(Store::Options options)
{
    m_path = m_dir.filePath(QStringLiteral("test.malkoll"));
    reopen(options);
}

void TempStore::reopen(Store::Options options)
{
    m_store.reset();
    auto opened = Store::open(m_path, options);
    if (!opened) throw std::runtime_error(opened.error().toStdString());
    m_store = std::move(opened).value();
}

::testing::AssertionResult writeDemoStore(const QString &path)
{
    auto store = Store::open(path);
    if (!store) return ::testing::AssertionFailure() << store.error().toStdString();
    if (auto loaded = DemoLoader::load(*store.value()); !loaded) return ::testing::AssertionFailure() << loaded.error().toStdString();
    return ::testing::AssertionSuccess();
}

} // namespace malkoll::test
