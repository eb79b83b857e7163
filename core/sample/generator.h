#pragma once
// A city-scale store for load tests and benchmarks: many committees and years with a realistic
// mix of target kinds, directions, periodicities and missing values. Deterministic per seed.
#include "result.h"

#include <QCoreApplication>

namespace malkoll {

class Store;

class Generator
{
    Q_DECLARE_TR_FUNCTIONS(Generator)

public:
    struct Options
    {
        int committees = 30;
        int years = 10;
        int lastYear = 2024;
        int indicatorsPerYear = 150; // per committee
        int activitiesPerYear = 80;  // per committee
        quint32 seed = 20241;
    };
    struct Summary
    {
        int committees = 0;
        int goals = 0;
        int indicators = 0;
        int measurements = 0;
        int activities = 0;
    };
    // Writes everything in one transaction: on failure the store is unchanged.
    static Result<Summary> generate(Store &store, const Options &options);
};

} // namespace malkoll
