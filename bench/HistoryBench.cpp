// Ten years of twice-daily history: how long opening the store and one week's adherence grid
// take. The issue asks for under 20 ms and under 5 ms.

#include "HistoryGenerator.h"

#include "footcoach/Adherence.h"
#include "footcoach/Clock.h"
#include "footcoach/HistoryStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace footcoach;

namespace {

constexpr int kRepetitions = 25;

void report(const char* what, std::vector<double> ms, double budgetMs) {
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    std::printf("%-40s median %7.3f ms  min %7.3f  max %7.3f  (n=%zu, budget %.0f ms: %s)\n", what,
                median, ms.front(), ms.back(), ms.size(), budgetMs,
                median < budgetMs ? "ok" : "OVER");
}

double elapsedMs(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    // --keep leaves the generated data directory behind for a closer look.
    dir.setAutoRemove(!app.arguments().contains(QStringLiteral("--keep")));
    std::printf("data directory: %s\n", qPrintable(dir.path()));
    SystemWallClock clock;
    const QDate today = clock.nowUtc().toLocalTime().date();
    QString databasePath;
    {
        HistoryStore store(dir.path(), clock);
        if (!store.open()) {
            std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
            return 1;
        }
        databasePath = store.databasePath();
    }
    QElapsedTimer timer;
    timer.start();
    const auto made = bench::HistoryGenerator::fill(databasePath, today, 10);
    std::printf("generated %d sessions, %d holds (%d partial, %d missed slots) in %.0f ms\n",
                made.sessions, made.holds, made.partial, made.missed, elapsedMs(timer));

    // The first open of a day also has the verified daily backup to take (the maintenance job,
    // off the GUI thread after the first window); the backup made before the history was filled
    // is removed so that this one is measured.
    QDir(dir.filePath(QStringLiteral("backups"))).removeRecursively();
    {
        timer.restart();
        HistoryStore store(dir.path(), clock);
        const bool ok = store.open();
        const double openMs = elapsedMs(timer);
        timer.restart();
        const bool checked = ok && store.finishMaintenance();
        std::printf("%-40s %7.3f ms, then the job %7.3f ms (once a day)\n",
                    "open, day's first (job: check, backup)", openMs, elapsedMs(timer));
        if (!checked)
            return 1;
    }

    std::vector<double> opens;
    std::vector<double> checks;
    for (int i = 0; i < kRepetitions; ++i) {
        timer.restart();
        HistoryStore store(dir.path(), clock);
        const bool ok = store.open();
        opens.push_back(elapsedMs(timer));
        timer.restart();
        if (!ok || !store.finishMaintenance()) {
            std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
            return 1;
        }
        checks.push_back(elapsedMs(timer));
    }
    report("open (GUI thread, no backup due)", opens, 20);
    report("job (quick_check, worker thread)", checks, 50);

    HistoryStore store(dir.path(), clock);
    if (!store.open())
        return 1;
    QRandomGenerator random(7);
    std::vector<double> weeks;
    int sessionsSeen = 0;
    const LocalMoment now{today, Slot::Evening};
    for (int i = 0; i < kRepetitions; ++i) {
        const QDate anyDay = today.addDays(-qint64(random.bounded(3650)));
        timer.restart();
        const QDate monday = Adherence::weekStartOf(anyDay);
        const auto records = store.sessionRecords(monday, monday.addDays(6));
        const WeekAdherence week = Adherence::week(records, monday, now);
        weeks.push_back(elapsedMs(timer));
        sessionsSeen += week.done + week.partial;
    }
    report("one week: SessionRecords + grid", weeks, 5);
    std::printf("(%d sessions counted over %d weeks)\n", sessionsSeen, kRepetitions);
    return 0;
}
