// A small child process for the storage tests that must cross process boundaries: it is killed
// at random moments (crash, life), runs four at once (writer), or has faults injected into its file
// writes with libfiu (script). Every line it prints is written with write(2) straight after the
// call it reports on, so an acknowledgement on the pipe means the commit had returned.

#include "footcoach/Clock.h"
#include "footcoach/HistoryStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QString>
#include <QTextStream>

#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

#if FOOTCOACH_HAVE_FIU
#include <fiu-control.h>
#include <fiu.h>
#endif

using namespace footcoach;

namespace {

void say(const QString& line) {
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done,
                                  static_cast<size_t>(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

HoldOutcome hold(const QString& exercise, int rep) {
    HoldOutcome outcome;
    outcome.exerciseId = exercise;
    outcome.side = rep % 2 ? Side::Left : Side::Right;
    outcome.rep = rep;
    outcome.plannedSeconds = 30;
    outcome.heldMs = 29'500;
    return outcome;
}

std::optional<qint64> begin(HistoryStore& store, const QString& routine, const WallClock& clock) {
    SessionStart start;
    start.routineId = routine;
    start.slot = {QDate(2026, 1, 5), Slot::Morning};
    start.startedAtUtc = clock.nowUtc();
    return store.beginSession(start);
}

// Logs holds until killed, acknowledging each after its commit returned.
int crash(const QString& dir) {
    SystemWallClock clock;
    HistoryStore store(dir, clock);
    if (!store.open()) {
        say(QStringLiteral("ERROR ") + store.lastError());
        return 2;
    }
    for (const QString& notice : store.takeNotices())
        say(QStringLiteral("NOTICE ") + notice);
    const auto session = begin(store, QStringLiteral("crash"), clock);
    if (!session) {
        say(QStringLiteral("ERROR ") + store.lastError());
        return 2;
    }
    for (int rep = 1; rep <= 100'000; ++rep) {
        if (!store.recordHold(*session, hold(QStringLiteral("calf-stretch"), rep),
                              clock.nowUtc())) {
            say(QStringLiteral("ERROR ") + store.lastError());
            return 2;
        }
        say(QStringLiteral("ACK %1 %2").arg(*session).arg(rep));
    }
    return 0;
}

// A wall clock that starts at a given moment and runs with real time, so that a life can be put
// on any day (each day's first open takes that day's backup) and jump to the next one.
class RunningClock final : public WallClock {
public:
    explicit RunningClock(QDateTime start)
        : m_start(std::move(start)) {
        m_elapsed.start();
    }
    QDateTime nowUtc() const override { return m_start.addMSecs(m_elapsed.elapsed()); }
    void jump(qint64 ms) { m_start = m_start.addMSecs(ms); }

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed;
};

// A whole life of the app, to be killed at any moment: open the store (which migrates an older
// history and takes the day's backup), a session of HOLDS holds, the CSV export (to export.csv,
// written through QSaveFile like the app's), then past midnight the next day's backup. Every
// stage is announced before it starts (STAGE name), every commit acknowledged after it returned.
int life(const QString& dir, int day, int holds) {
    RunningClock clock(QDateTime(QDate(2026, 1, 5).addDays(day), QTime(20, 0), Qt::UTC));
    say(QStringLiteral("STAGE open"));
    HistoryStore store(dir, clock);
    if (!store.open()) {
        say(QStringLiteral("ERROR ") + store.lastError());
        return 2;
    }
    for (const QString& notice : store.takeNotices())
        say(QStringLiteral("NOTICE ") + notice);
    say(QStringLiteral("STAGE session"));
    SessionStart start;
    start.routineId = QStringLiteral("life");
    start.slot = {clock.nowUtc().date(), Slot::Evening};
    start.startedAtUtc = clock.nowUtc();
    const auto session = store.beginSession(start);
    if (!session) {
        say(QStringLiteral("ERROR ") + store.lastError());
        return 2;
    }
    for (int rep = 1; rep <= holds; ++rep) {
        const HoldOutcome outcome = hold(QStringLiteral("calf-stretch"), rep);
        if (!store.recordHold(*session, outcome, clock.nowUtc())) {
            say(QStringLiteral("ERROR ") + store.lastError());
            return 2;
        }
        say(QStringLiteral("ACK %1 %2 %3 %4")
                .arg(*session)
                .arg(outcome.exerciseId, toString(outcome.side))
                .arg(rep));
    }
    if (!store.finishSession(*session, SessionStatus::Complete, clock.nowUtc())) {
        say(QStringLiteral("ERROR ") + store.lastError());
        return 2;
    }
    say(QStringLiteral("STAGE export"));
    QSaveFile csv(dir + QStringLiteral("/export.csv"));
    if (!csv.open(QIODevice::WriteOnly) || !store.exportCsv(csv, CsvTable::Holds) ||
        !csv.commit()) {
        say(QStringLiteral("ERROR export: ") + store.lastError() + csv.errorString());
        return 2;
    }
    say(QStringLiteral("STAGE backup"));
    clock.jump(24 * 3600 * 1000);
    if (!store.backupIfDue()) {
        say(QStringLiteral("ERROR ") + store.lastError());
        return 2;
    }
    store.close();
    say(QStringLiteral("STAGE done"));
    return 0;
}

// One of several processes writing at once: its own session's holds, interleaved with the
// same reminders every writer tries to create.
int writer(const QString& dir, const QString& id, int holds) {
    SystemWallClock clock;
    HistoryStore store(dir, clock);
    if (!store.open()) {
        say(QStringLiteral("ERROR ") + store.lastError());
        return 2;
    }
    const auto session = begin(store, QStringLiteral("writer-") + id, clock);
    if (!session) {
        say(QStringLiteral("ERROR ") + store.lastError());
        return 2;
    }
    say(QStringLiteral("SESSION %1").arg(*session));
    int failures = 0;
    for (int rep = 1; rep <= holds; ++rep) {
        if (store.recordHold(*session, hold(QStringLiteral("toe-curls"), rep), clock.nowUtc())) {
            say(QStringLiteral("ACK %1 %2").arg(*session).arg(rep));
        } else {
            ++failures;
            say(QStringLiteral("ERROR ") + store.lastError());
        }
        if (rep % 2 == 0) {
            const SlotKey key{QDate(2026, 1, 1).addDays(rep / 2), Slot::Evening};
            if (store.recordReminder(key, ReminderKind::Fired, clock.nowUtc()))
                say(QStringLiteral("CREATED %1").arg(key.date.toString(Qt::ISODate)));
            else if (!store.lastError().isEmpty()) {
                ++failures;
                say(QStringLiteral("ERROR ") + store.lastError());
            }
        }
    }
    if (!store.finishSession(*session, SessionStatus::Complete, clock.nowUtc())) {
        ++failures;
        say(QStringLiteral("ERROR ") + store.lastError());
    }
    say(QStringLiteral("DONE %1").arg(failures));
    return failures == 0 ? 0 : 1;
}

#if FOOTCOACH_HAVE_FIU
// SQLite writes pages with pwrite64; write() stays untouched so the replies still get out.
const char* const kWritePoints[] = {"posix/io/rw/pwrite", "posix/io/rw/pwritev"};
const char* const kOpenPoints[] = {"posix/io/oc/open"};
#endif

// Commands from standard input, one reply line each: open, begin, hold SESSION REP,
// fail-writes ERRNO, fail-open ERRNO, clear, quit.
int script(const QString& dir) {
#if FOOTCOACH_HAVE_FIU
    fiu_init(0);
#endif
    SystemWallClock clock;
    HistoryStore store(dir, clock);
    std::string line;
    while (std::getline(std::cin, line)) {
        const QStringList words = QString::fromStdString(line).split(QLatin1Char(' '));
        const QString command = words.value(0);
        if (command == QLatin1String("open")) {
            say(store.open() ? QStringLiteral("OK") : QStringLiteral("ERR ") + store.lastError());
        } else if (command == QLatin1String("begin")) {
            const auto session = begin(store, QStringLiteral("script"), clock);
            say(session ? QStringLiteral("OK %1").arg(*session)
                        : QStringLiteral("ERR ") + store.lastError());
        } else if (command == QLatin1String("hold")) {
            const bool ok = store.recordHold(
                words.value(1).toLongLong(),
                hold(QStringLiteral("ankle-circles"), words.value(2).toInt()), clock.nowUtc());
            say(ok ? QStringLiteral("OK") : QStringLiteral("ERR ") + store.lastError());
#if FOOTCOACH_HAVE_FIU
        } else if (command == QLatin1String("fail-writes") ||
                   command == QLatin1String("fail-open")) {
            const long error = words.value(1).toLong();
            if (command == QLatin1String("fail-writes")) {
                for (const char* point : kWritePoints)
                    fiu_enable(point, 1, reinterpret_cast<void*>(error), 0);
            } else {
                for (const char* point : kOpenPoints)
                    fiu_enable(point, 1, reinterpret_cast<void*>(error), 0);
            }
            say(QStringLiteral("OK"));
        } else if (command == QLatin1String("clear")) {
            for (const char* point : kWritePoints)
                fiu_disable(point);
            for (const char* point : kOpenPoints)
                fiu_disable(point);
            say(QStringLiteral("OK"));
#endif
        } else if (command == QLatin1String("quit")) {
            // Closed before the reply: the test reads the file as soon as it has the answer.
            store.close();
            say(QStringLiteral("OK"));
            return 0;
        } else {
            say(QStringLiteral("ERR unknown command ") + command);
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("crash"))
        return crash(args.value(2));
    if (mode == QLatin1String("life"))
        return life(args.value(2), args.value(3).toInt(), args.value(4).toInt());
    if (mode == QLatin1String("writer"))
        return writer(args.value(2), args.value(3), args.value(4).toInt());
    if (mode == QLatin1String("script"))
        return script(args.value(2));
    std::fprintf(stderr,
                 "usage: %s crash DIR | life DIR DAY HOLDS | writer DIR ID HOLDS | script DIR\n",
                 argv[0]);
    return 64;
}
