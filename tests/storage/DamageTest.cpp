#include "FakeClock.h"
#include "StorageTestSupport.h"
#include "TestDataDir.h"

#include "footcoach/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <functional>

using namespace footcoach;
using namespace footcoach::test;

namespace {

struct Damage {
    const char* name;
    std::function<QByteArray(QByteArray)> apply;
};

int pageSize(const QByteArray& file) {
    const int raw = (quint8(file[16]) << 8) | quint8(file[17]);
    return raw == 1 ? 65536 : raw;
}

const Damage kDamages[] = {
    {"GarbageHeader",
     [](QByteArray bytes) {
         bytes.replace(0, 32, QByteArray(32, 'G'));
         return bytes;
     }},
    {"FlippedBytes",
     [](QByteArray bytes) {
         // Flip the b-tree page headers of every page after the first.
         const int size = pageSize(bytes);
         for (qsizetype page = size; page < bytes.size(); page += size) {
             for (int i = 0; i < 8; ++i)
                 bytes[page + i] = char(bytes[page + i] ^ 0x5A);
         }
         return bytes;
     }},
    {"TruncatedMidPage",
     [](QByteArray bytes) {
         return bytes.left(bytes.size() - pageSize(bytes) / 2);
     }},
    {"TruncatedToWholePages",
     [](QByteArray bytes) {
         return bytes.left(2 * pageSize(bytes));
     }},
    {"ZeroBytes",
     [](QByteArray) {
         return QByteArray();
     }},
    {"TextFile",
     [](QByteArray) {
         return QByteArrayLiteral("shopping list\nmilk\nsocks\n");
     }},
    {"ForeignSqliteFile",
     [](QByteArray bytes) {
         // A valid SQLite file of another application (application_id lives at offset 68).
         bytes[68] = 'X';
         return bytes;
     }},
};

class DamageTest : public ::testing::TestWithParam<Damage> {
protected:
    TestDataDir m_dir;
    FakeWallClock m_clock;

    // Day 1: session A. Day 2: the daily backup holds A, then session B.
    void buildHistory() {
        for (const QString& routine : {QStringLiteral("routine-a"), QStringLiteral("routine-b")}) {
            HistoryStore store(m_dir.path(), m_clock);
            ASSERT_TRUE(store.open()) << store.lastError().toStdString();
            // The day's backup before the day's writes, as the app's start takes it.
            ASSERT_TRUE(store.finishMaintenance());
            SessionStart start =
                sampleStart(m_clock.nowUtc().date(), Slot::Morning, m_clock.nowUtc());
            start.routineId = routine;
            const auto session = store.beginSession(start);
            ASSERT_TRUE(session);
            for (int rep = 1; rep <= 40; ++rep)
                ASSERT_TRUE(store.recordHold(*session,
                                             sampleHold(QStringLiteral("calf"), Side::Left, rep),
                                             m_clock.nowUtc()));
            if (routine == QLatin1String("routine-a"))
                m_clock.advance(std::chrono::hours(24));
        }
    }

    QByteArray damage() {
        const QString path = m_dir.file(QStringLiteral("history.db"));
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")))
            << "the store left a WAL behind";
        const QByteArray damaged = GetParam().apply(readFile(path));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damaged);
        return damaged;
    }

    QString asideFile() const {
        const QStringList aside =
            QDir(m_dir.path()).entryList({QStringLiteral("history.db.corrupt-*")}, QDir::Files);
        EXPECT_EQ(aside.size(), 1) << aside.join(QLatin1Char(' ')).toStdString();
        return aside.isEmpty() ? QString() : m_dir.file(aside.first());
    }
};

TEST_P(DamageTest, SetsTheFileAsideAndRestoresTheNewestBackup) {
    buildHistory();
    const QByteArray damaged = damage();
    m_clock.advance(std::chrono::hours(1));

    HistoryStore store(m_dir.path(), m_clock);
    ASSERT_TRUE(store.open()) << store.lastError().toStdString();
    ASSERT_TRUE(store.finishMaintenance()); // the check, as the app runs it after its window
    const QString aside = asideFile();
    EXPECT_TRUE(aside.endsWith(QStringLiteral("history.db.corrupt-20260106T130000Z")));
    EXPECT_EQ(readFile(aside), damaged) << "the damaged file must never be written to";

    const QStringList notices = store.takeNotices();
    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(notices[0].contains(aside)) << notices[0].toStdString();
    EXPECT_TRUE(notices[0].contains(QStringLiteral("restored the backup from 6 January 2026")))
        << notices[0].toStdString();
    EXPECT_TRUE(store.takeNotices().isEmpty());

    // The backup of day 2 holds session A, not B.
    const auto records = store.sessionRecords(QDate(2026, 1, 1), QDate(2026, 1, 31));
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(store.holds(1).size(), 40);
    EXPECT_TRUE(
        store.beginSession(sampleStart(QDate(2026, 1, 6), Slot::Evening, m_clock.nowUtc())));
    store.close();
    RawDatabase raw(m_dir.file(QStringLiteral("history.db")), true);
    EXPECT_EQ(raw.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

TEST_P(DamageTest, StartsAFreshHistoryWhenThereIsNoBackup) {
    buildHistory();
    ASSERT_TRUE(QDir(m_dir.file(QStringLiteral("backups"))).removeRecursively());
    const QByteArray damaged = damage();

    HistoryStore store(m_dir.path(), m_clock);
    ASSERT_TRUE(store.open()) << store.lastError().toStdString();
    ASSERT_TRUE(store.finishMaintenance()); // the check, as the app runs it after its window
    const QString aside = asideFile();
    EXPECT_EQ(readFile(aside), damaged);
    const QStringList notices = store.takeNotices();
    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(notices[0].contains(aside));
    EXPECT_TRUE(notices[0].contains(QStringLiteral("no backup"))) << notices[0].toStdString();
    EXPECT_TRUE(store.sessionRecords(QDate(2026, 1, 1), QDate(2026, 1, 31)).isEmpty());
    EXPECT_TRUE(
        store.beginSession(sampleStart(QDate(2026, 1, 6), Slot::Evening, m_clock.nowUtc())));
}

TEST_P(DamageTest, SkipsABackupThatIsDamagedItself) {
    buildHistory();
    // Spoil the newest backup; the one from day 1 (an empty history) is used instead.
    const QString newest = m_dir.file(QStringLiteral("backups/history-2026-01-06.db"));
    QFile spoiled(newest);
    ASSERT_TRUE(spoiled.open(QIODevice::WriteOnly | QIODevice::Truncate));
    spoiled.write("not a backup");
    spoiled.close();
    damage();

    HistoryStore store(m_dir.path(), m_clock);
    ASSERT_TRUE(store.open()) << store.lastError().toStdString();
    ASSERT_TRUE(store.finishMaintenance()); // the check, as the app runs it after its window
    const QStringList notices = store.takeNotices();
    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(notices[0].contains(QStringLiteral("5 January 2026"))) << notices[0].toStdString();
}

INSTANTIATE_TEST_SUITE_P(Fixtures, DamageTest, ::testing::ValuesIn(kDamages),
                         [](const auto& testParam) { return std::string(testParam.param.name); });

} // namespace
