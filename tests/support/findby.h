#pragma once
// The first item whose title (goals, activities) or name (indicators, economy lines) starts with
// `start`; null when none does. Shared by the report import tests.
#include <QString>
#include <vector>

namespace malkoll::test {

template <class T> const T *findBy(const std::vector<T> &items, const QString &start)
{
    for (const T &i : items) {
        if constexpr (requires { i.title; }) {
            if (i.title.startsWith(start)) return &i;
        } else {
            if (i.name.startsWith(start)) return &i;
        }
    }
    return nullptr;
}

} // namespace malkoll::test
