// fuzz_settings_loader: arbitrary bytes as settings.ini, read through AppSettings's getters.
// Whatever the file holds, every getter must return a value in its range.
#include "InputBudget.h"
#include "ScratchDirectory.h"

#include "footcoach/RoutineLoader.h"
#include "footcoach/SessionPlan.h"
#include "services/settings/AppSettings.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace footcoach;
using footcoach::fuzz::ScratchDirectory;

namespace {

ScratchDirectory* g_dir = nullptr;

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "==footcoach== %s\n", what);
    std::abort();
}

void readAll(const char* data, qsizetype size) {
    // QSettings caches parsed files by name and re-reads one only when its size or time stamp
    // changed; a new name for every input makes sure each input is really parsed.
    static quint64 counter = 0;
    g_dir->clear();
    const QString path = g_dir->write(QStringLiteral("settings-%1.ini").arg(++counter), data, size);

    AppSettings settings(path);
    (void)settings.takeNotice();
    const int volume = settings.volumePercent();
    if (volume < 0 || volume > 100)
        fail("the volume is out of 0-100");
    (void)settings.muted();
    (void)settings.voiceEnabled();
    (void)settings.safetyAcknowledged();
    (void)settings.language();
    (void)settings.largeSessionText();
    (void)settings.startAtLogin();
    (void)settings.routineFile();
    const Schedule schedule = settings.schedule();
    if (!schedule.morning.time.isValid() || !schedule.evening.time.isValid())
        fail("the schedule has an invalid time");
    if (schedule.snoozeMinutes < 1 || schedule.graceMinutes < 0)
        fail("the schedule has a snooze or grace time out of range");

    // The program settings change the routine: whatever they say, the session must stay one
    // the engine can run.
    static const Routine builtIn = RoutineLoader::builtIn();
    const Routine changed = settings.program().appliedTo(builtIn);
    for (const Exercise& e : changed.exercises) {
        if (e.reps < 1 || e.reps > 20 || e.holdSeconds < 1 ||
            e.holdSeconds > Routine::kMaxHoldSeconds || e.minHoldSeconds > e.holdSeconds ||
            e.restSeconds < 0 || e.restSeconds > 600)
            fail("the program settings made an exercise out of range");
    }
    if (SessionPlan(changed).holdCount() != changed.totalHolds())
        fail("the session plan lost holds");
    // The schedule drives the reminders: any times a file can give must plan without trouble,
    // here on the day Berlin springs forward.
    static const QTimeZone zone("Europe/Berlin");
    const QDateTime now(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
    const auto nothingHandled = [](const SlotKey&) {
        return false;
    };
    (void)SchedulePlanner::next(schedule, now, zone, nothingHandled);
    (void)SchedulePlanner::missed(schedule, now, zone, nothingHandled);
    (void)SchedulePlanner::attribute(schedule, now, zone);
    (void)SchedulePlanner::openSlot(schedule, now, zone);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    static ScratchDirectory dir;
    g_dir = &dir;
    const QByteArray typical("[audio]\nmuted=false\nvolume=70\n[schedule]\nmorning=08:00\n");
    readAll(typical.constData(), typical.size());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const fuzz::InputBudget budget;
    readAll(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    return 0;
}
