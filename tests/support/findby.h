#pragma once
// The first item whose title (goals, activities) or name (indicators, economy lines) starts with
// `start`; null when none does. And a committee's id by its name (0 when none). Shared by the
// report import tests.
#include "store/organisationrepository.h"

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

inline qint64 committeeNamed(Store &store, const QString &name)
{
    for (const Committee &c : OrganisationRepository(store).committees())
        if (c.name == name) return c.id;
    return 0;
}

} // namespace malkoll::test
