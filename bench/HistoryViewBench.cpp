// Ten years of history on the History screen and in the physician's report: how long the first
// open, switching weeks and writing the report take. The issue asks for week switches under
// 50 ms. Prints figures (bench/run-benchmarks.py reads the "history view:" lines); it is not a
// test. --keep leaves the generated data directory behind (its path is printed first).

#include "HistoryGenerator.h"
#include "charts/history/ChartsHistoryScreen.h"
#include "charts/print/ReportWriter.h"
#include "footcoach/Clock.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/RoutineLoader.h"
#include "footcoach/TimeZoneProvider.h"
#include "services/history/ReportBuilder.h"
#include "services/settings/AppSettings.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace footcoach;

namespace {

void report(const char* what, std::vector<double> ms, double budgetMs) {
    std::sort(ms.begin(), ms.end());
    std::printf("%-44s median %7.2f ms  min %7.2f  max %7.2f  (n=%zu%s)\n", what, ms[ms.size() / 2],
                ms.front(), ms.back(), ms.size(),
                budgetMs > 0 ? (ms[ms.size() / 2] < budgetMs ? ", under budget" : ", OVER budget")
                             : "");
}

double elapsedMs(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    dir.setAutoRemove(!app.arguments().contains(QStringLiteral("--keep")));
    std::printf("data directory: %s\n", qPrintable(dir.path()));
    SystemWallClock clock;
    SystemTimeZoneProvider zone;
    const QDate today = clock.nowUtc().toLocalTime().date();
    HistoryStore store(dir.path(), clock);
    if (!store.open())
        return 1;
    store.close();
    const auto made = bench::HistoryGenerator::fill(store.databasePath(), today, 10);
    const int checkIns = bench::HistoryGenerator::addCheckIns(store.databasePath());
    std::printf("generated %d sessions, %d holds, %d check-ins\n", made.sessions, made.holds,
                checkIns);
    if (!store.open())
        return 1;

    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const Routine routine = RoutineLoader::builtIn();
    QElapsedTimer timer;

    // First open: building the screen (charts included), this week's reads, the first paint.
    std::vector<double> opens;
    for (int i = 0; i < 5; ++i) {
        timer.start();
        ChartsHistoryScreen view(store, clock, zone, settings, routine);
        view.resize(1100, 900);
        view.refresh();
        view.show();
        view.repaint();
        opens.push_back(elapsedMs(timer));
    }
    report("history view: first open and paint", opens, 0);

    ChartsHistoryScreen view(store, clock, zone, settings, routine);
    view.resize(1100, 900);
    view.refresh();
    view.show();
    QCoreApplication::processEvents();
    // A switch is the reads, the charts and the table, and the repaint that shows them.
    std::vector<double> previous;
    for (int i = 0; i < 40; ++i) {
        timer.restart();
        view.showPreviousWeek();
        view.repaint();
        previous.push_back(elapsedMs(timer));
    }
    report("history view: previous week and paint", previous, 50);
    std::vector<double> jumps;
    QRandomGenerator random(7);
    for (int i = 0; i < 40; ++i) {
        timer.restart();
        view.showWeek(today.addDays(-qint64(random.bounded(3650))));
        view.repaint();
        jumps.push_back(elapsedMs(timer));
    }
    report("history view: any week and paint", jumps, 50);

    for (const auto& [label, from] :
         {std::pair{"report: last four weeks", ReportBuilder::defaultFrom(today)},
          std::pair{"report: one year", today.addYears(-1)},
          std::pair{"report: all ten years", today.addYears(-10)}}) {
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            const ReportData data =
                ReportBuilder::build(store, store, routine, {today, Slot::Evening}, from, today);
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            ReportWriter::write(data, out, QPageSize(QPageSize::A4), QStringLiteral("bench"));
            times.push_back(elapsedMs(timer));
        }
        report(label, times, 0);
    }
    return 0;
}
