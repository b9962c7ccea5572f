// fuzz_routine_loader: arbitrary bytes as a routine file. Loading must either return a routine
// that a session plan can be made from, or an error message; nothing else.
#include "InputBudget.h"

#include "footcoach/RoutineLoader.h"
#include "footcoach/SessionPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <variant>

using namespace footcoach;

namespace {
void loadOnce(const QByteArray& bytes) {
    const RoutineResult result = RoutineLoader::loadData(bytes, QStringLiteral("fuzz.json"));
    if (const auto* error = std::get_if<RoutineError>(&result)) {
        if (error->message().isEmpty()) {
            std::fprintf(stderr, "==footcoach== a refused routine came with no message\n");
            std::abort();
        }
        return;
    }
    const Routine& routine = std::get<Routine>(result);
    const SessionPlan plan(routine);
    if (plan.holdCount() != routine.totalHolds() || plan.phaseCount() < 1) {
        std::fprintf(stderr, "==footcoach== plan of %d holds for a routine of %d\n",
                     plan.holdCount(), routine.totalHolds());
        std::abort();
    }
    for (const Exercise& exercise : routine.exercises)
        (void)exercise.title.forLocale(QStringLiteral("de_DE"));
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    // One-time costs (resource and codec set-up) are not the first input's fault.
    QFile builtIn(RoutineLoader::builtInPath());
    if (builtIn.open(QIODevice::ReadOnly))
        loadOnce(builtIn.readAll());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const fuzz::InputBudget budget;
    // fromRawData: no copy and no terminating zero, so a read past the end is caught by ASan.
    loadOnce(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    return 0;
}
