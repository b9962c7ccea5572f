// fuzz_history_open: arbitrary bytes as history.db in a fresh data directory. Opening must
// either refuse with a plain message or give a store whose reads and CSV export work; it must
// never crash, hang or leak, whatever the file holds.
#include "InputBudget.h"
#include "ScratchDirectory.h"

#include "footcoach/HistoryStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace footcoach;
using footcoach::fuzz::ScratchDirectory;

namespace {

// A fixed Monday noon, so that every run takes the same path (backup due, same local date).
class FixedWallClock final : public WallClock {
public:
    QDateTime nowUtc() const override {
        return QDateTime(QDate(2026, 1, 5), QTime(12, 0), Qt::UTC);
    }
};

const FixedWallClock g_clock;
ScratchDirectory* g_dir = nullptr;

void openAndRead(const char* data, qsizetype size) {
    g_dir->clear();
    g_dir->write(QStringLiteral("history.db"), data, size);

    HistoryStore store(g_dir->path(), g_clock);
    if (!store.open()) {
        if (store.lastError().isEmpty()) {
            std::fprintf(stderr, "==footcoach== open() failed without saying why\n");
            std::abort();
        }
        return;
    }
    (void)store.finishMaintenance(); // the check and any recovery, as at a start
    (void)store.takeNotices();
    const QDate today(2026, 1, 5);
    const QList<SessionRecord> sessions =
        store.sessionRecords(today.addYears(-30), today.addYears(30));
    const LocalMoment now{today, Slot::Evening};
    (void)Adherence::week(sessions, today, now);
    (void)Adherence::currentStreak(sessions, now);
    (void)store.sessionSummaries(today.addYears(-30), today.addYears(30));
    (void)store.exerciseTallies(today.addYears(-30), today.addYears(30));
    (void)store.firstSessionDate();
    for (qint64 sessionId = 1; sessionId <= 4; ++sessionId) {
        (void)store.holds(sessionId);
        (void)store.checkIn(sessionId);
    }
    (void)store.prescriptionChanges();
    (void)store.hasReminder(SlotKey{today, Slot::Morning});
    for (const CsvTable table : {CsvTable::Holds, CsvTable::CheckIns}) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        (void)store.exportCsv(out, table);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    static ScratchDirectory dir;
    g_dir = &dir;
    // One-time costs (the SQLite driver plugin, time zone data) are not the first input's fault:
    // create a history, then open it again.
    {
        HistoryStore store(g_dir->path(), g_clock);
        if (!store.open()) {
            std::fprintf(stderr, "==footcoach== cannot create a history in %s: %s\n",
                         qPrintable(g_dir->path()), qPrintable(store.lastError()));
            std::abort();
        }
    }
    QFile created(g_dir->filePath(QStringLiteral("history.db")));
    created.open(QIODevice::ReadOnly);
    const QByteArray bytes = created.readAll();
    openAndRead(bytes.constData(), bytes.size());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const fuzz::InputBudget budget;
    openAndRead(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    return 0;
}
