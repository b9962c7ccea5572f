#include "BackupManager.h"
#include "FakeClock.h"
#include "Migrator.h"
#include "Schema.h"
#include "SqlConnection.h"
#include "StorageTestSupport.h"
#include "TestDataDir.h"

#include "footcoach/HistoryStore.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace footcoach;
using namespace footcoach::test;

namespace {

// Builds dataDir/history.db from a fixture of a shipped schema version.
QString buildFromFixture(const TestDataDir& dir, const QString& fixture,
                         const QString& extraSql = {}) {
    const QString path = dir.file(QStringLiteral("history.db"));
    RawDatabase raw(path);
    EXPECT_TRUE(raw.ok());
    EXPECT_EQ(raw.execScript(readText(fixturePath(fixture))), QString());
    if (!extraSql.isEmpty()) {
        EXPECT_EQ(raw.execScript(extraSql), QString());
    }
    return path;
}

TEST(MigrationTest, OpensTheFormat1FixtureWithAllItsData) {
    TestDataDir dir;
    FakeWallClock clock;
    buildFromFixture(dir, QStringLiteral("history-v1.sql"));
    HistoryStore store(dir.path(), clock);
    ASSERT_TRUE(store.open()) << store.lastError().toStdString();
    EXPECT_TRUE(store.takeNotices().isEmpty());

    const auto records = store.sessionRecords(QDate(2025, 12, 29), QDate(2026, 1, 4));
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[0].status, SessionStatus::Partial); // 2 January, evening
    EXPECT_EQ(records[1].status, SessionStatus::Complete);
    EXPECT_EQ(records[2].status, SessionStatus::Partial); // never finished, one hold done
    EXPECT_EQ(store.holds(1).size(), 4);
    EXPECT_EQ(store.checkIn(1)->numbnessBefore, 6);
    EXPECT_TRUE(store.hasReminder({QDate(2026, 1, 2), Slot::Morning}, ReminderKind::Fired));
    EXPECT_EQ(store.prescriptionChanges().size(), 1);

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    ASSERT_TRUE(store.exportCsv(csv, CsvTable::Holds));
    EXPECT_EQ(QString::fromUtf8(csv.data()),
              readText(fixturePath(QStringLiteral("history-v1-holds.csv"))));
}

TEST(MigrationTest, AnOlderHistoryBeganWithItsFirstSession) {
    TestDataDir dir;
    FakeWallClock clock;
    buildFromFixture(dir, QStringLiteral("history-v2.sql"));
    HistoryStore store(dir.path(), clock);
    ASSERT_TRUE(store.open()) << store.lastError().toStdString();
    const auto records = store.sessionSummaries(QDate(2025, 12, 29), QDate(2026, 1, 4));
    ASSERT_FALSE(records.isEmpty());
    ASSERT_TRUE(store.beganAt().has_value());
    EXPECT_EQ(*store.beganAt(), records.first().startedAtUtc);
    // Kept once set: a later start does not move it.
    clock.advance(std::chrono::hours(24 * 30));
    store.close();
    ASSERT_TRUE(store.open());
    EXPECT_EQ(*store.beganAt(), records.first().startedAtUtc);
}

// Every table of the history as text, to compare before and after an upgrade.
QString dump(const QString& path, const QString& sql) {
    RawDatabase db(path, true);
    return db.rows(sql).join(QLatin1Char('\n'));
}

// The sessions' columns of formats 1 and 2 (format 3 adds `extra`, checked on its own).
const char* const kKeptTables[] = {
    "SELECT id, routine_id, routine_version, local_date, slot, started_at_ms, utc_offset_s,"
    " ended_at_ms, status FROM sessions ORDER BY id",
    "SELECT * FROM holds ORDER BY session_id, exercise_id, side, rep",
    "SELECT * FROM checkins ORDER BY session_id",
    "SELECT * FROM reminders ORDER BY local_date, slot, kind",
};

// What format 3 adds, worked out by hand from the fixtures (see Schema.cpp, formatThree): the
// calf stretch was recorded on both legs, once, held 30 s; the toe curls on both feet at once,
// twice, held 20 s; the prescriptions kept no repetitions.
const QStringList kFixturePlans = {
    QStringLiteral("1|calf-stretch-wall|0|2|1|30"), QStringLiteral("1|toe-curls|1|1|2|20"),
    QStringLiteral("2|calf-stretch-wall|0|2|1|30"), QStringLiteral("2|toe-curls|1|1|2|20"),
    QStringLiteral("3|calf-stretch-wall|0|2|1|30"), QStringLiteral("3|toe-curls|1|1|2|20"),
};

void expectExactUpgrade(const QString& fixture, const QStringList& expectedChanges) {
    TestDataDir dir;
    FakeWallClock clock;
    const QString path = buildFromFixture(dir, fixture);
    QStringList before;
    for (const char* sql : kKeptTables)
        before << dump(path, QString::fromLatin1(sql));

    HistoryStore store(dir.path(), clock);
    ASSERT_TRUE(store.open()) << store.lastError().toStdString();
    store.close();
    for (int i = 0; i < int(std::size(kKeptTables)); ++i)
        EXPECT_EQ(dump(path, QString::fromLatin1(kKeptTables[i])), before[i]) << kKeptTables[i];
    RawDatabase db(path, true);
    EXPECT_EQ(db.text(QStringLiteral("PRAGMA user_version")), QStringLiteral("3"));
    EXPECT_EQ(db.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    // Earlier formats had no extra sessions: every session still counts for its slot.
    EXPECT_EQ(db.text(QStringLiteral("SELECT count(*) FROM sessions WHERE extra <> 0")),
              QStringLiteral("0"));
    EXPECT_EQ(db.rows(QStringLiteral("SELECT session_id, exercise_id, exercise_index, sides, "
                                     "reps, planned_s FROM session_plans ORDER BY 1, 2")),
              kFixturePlans);
    EXPECT_EQ(db.rows(QStringLiteral("SELECT id, routine_id, routine_version, effective_date, "
                                     "coalesce(before_json, 'NULL'), details_json, recorded_at_ms "
                                     "FROM prescription_changes ORDER BY id")),
              expectedChanges);
    // The upgrade took a verified copy of the old format first.
    const QStringList copies =
        QDir(dir.file(QStringLiteral("backups"))).entryList({QStringLiteral("*before-format3.db")});
    ASSERT_EQ(copies.size(), 1);
    RawDatabase copy(dir.file(QStringLiteral("backups/") + copies.first()), true);
    EXPECT_EQ(copy.text(QStringLiteral("SELECT count(*) FROM holds")), QStringLiteral("6"));
}

TEST(MigrationTest, Format1MovesToFormat3Exactly) {
    expectExactUpgrade(QStringLiteral("history-v1.sql"),
                       {QStringLiteral("1|numb-feet-stretches|1|2025-12-01|NULL|"
                                       "{\"holdSeconds\":30}|1764579600000")});
}

TEST(MigrationTest, Format2MovesToFormat3Exactly) {
    expectExactUpgrade(QStringLiteral("history-v2.sql"),
                       {QStringLiteral("1|numb-feet-stretches|1|2025-12-01|NULL|"
                                       "{\"holdSeconds\":30}|1764579600000"),
                        QStringLiteral("2|numb-feet-stretches|1|2025-12-20|{\"holdSeconds\":30}|"
                                       "{\"holdSeconds\":20}|1766221200000")});
}

// A session of an older format is counted against the repetitions in force on its day where
// the record kept them, even when it stopped before the last one.
TEST(MigrationTest, AnOldSessionCountsAgainstTheRepetitionsInForceThatDay) {
    TestDataDir dir;
    FakeWallClock clock;
    const QString path = buildFromFixture(
        dir, QStringLiteral("history-v2.sql"),
        QStringLiteral("INSERT INTO prescription_changes VALUES(3,'numb-feet-stretches',1,"
                       "'2026-01-03','{\"reps\":3,\"holdSeconds\":30}',1767400000000);"));
    HistoryStore store(dir.path(), clock);
    ASSERT_TRUE(store.open()) << store.lastError().toStdString();
    const auto sessions = store.sessionSummaries(QDate(2026, 1, 2), QDate(2026, 1, 3));
    ASSERT_EQ(sessions.size(), 3);
    EXPECT_EQ(sessions[0].holdsPlanned, 4); // 2 January: no repetitions on record
    EXPECT_EQ(sessions[2].holdsPlanned, 9); // 3 January: 3 on each leg, and 3 toe curls
    const auto tallies = store.exerciseTallies(QDate(2026, 1, 3), QDate(2026, 1, 3));
    ASSERT_EQ(tallies.size(), 2);
    EXPECT_EQ(tallies[0].exerciseId, QStringLiteral("calf-stretch-wall"));
    EXPECT_EQ(tallies[0].done, 1);
    EXPECT_EQ(tallies[0].planned, 6);
    EXPECT_EQ(tallies[1].exerciseId, QStringLiteral("toe-curls"));
    EXPECT_EQ(tallies[1].done, 0);
    EXPECT_EQ(tallies[1].planned, 3);
    (void)path;
}

TEST(MigrationTest, OpensTheFormat2FixtureWithAllItsData) {
    TestDataDir dir;
    FakeWallClock clock;
    buildFromFixture(dir, QStringLiteral("history-v2.sql"));
    HistoryStore store(dir.path(), clock);
    ASSERT_TRUE(store.open()) << store.lastError().toStdString();
    EXPECT_EQ(store.sessionRecords(QDate(2025, 12, 29), QDate(2026, 1, 4)).size(), 3);
    const auto changes = store.prescriptionChanges();
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[1].detailsJson, QStringLiteral(R"({"holdSeconds":20})"));
    EXPECT_EQ(changes[1].beforeJson, QStringLiteral(R"({"holdSeconds":30})"));
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    ASSERT_TRUE(store.exportCsv(csv, CsvTable::Holds));
    EXPECT_EQ(QString::fromUtf8(csv.data()),
              readText(fixturePath(QStringLiteral("history-v1-holds.csv"))));
}

TEST(MigrationTest, RefusesANewerHistoryNamingTheVersionAndLeavesItUntouched) {
    TestDataDir dir;
    FakeWallClock clock;
    const QString path = buildFromFixture(
        dir, QStringLiteral("history-v1.sql"),
        QStringLiteral("PRAGMA user_version = 7;"
                       "UPDATE meta SET value = 'FootCoach 3.2.0' WHERE key = 'written_by';"));
    const QByteArray before = readFile(path);
    const QStringList filesBefore =
        QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);

    HistoryStore store(dir.path(), clock);
    EXPECT_FALSE(store.open());
    EXPECT_FALSE(store.isOpen());
    const QString error = store.lastError();
    EXPECT_TRUE(error.contains(QStringLiteral("history format 7"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("FootCoach 3.2.0"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("has not been changed")));
    EXPECT_FALSE(error.contains(QStringLiteral("database"), Qt::CaseInsensitive));
    EXPECT_EQ(readFile(path), before);
    // Only the open lock (an empty file, never removed) may appear beside it.
    QStringList filesAfter =
        QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    filesAfter.removeOne(QStringLiteral("history.db.lock"));
    EXPECT_EQ(filesAfter, filesBefore);
    EXPECT_FALSE(store.beginSession(sampleStart(QDate(2026, 1, 5), Slot::Morning, clock.nowUtc())));
}

class MigratorTest : public ::testing::Test {
protected:
    TestDataDir m_dir;
    FakeWallClock m_clock;
    QString m_path;

    void SetUp() override {
        HistoryStore store(m_dir.path(), m_clock);
        ASSERT_TRUE(store.open());
        const auto session =
            store.beginSession(sampleStart(QDate(2026, 1, 5), Slot::Morning, m_clock.nowUtc()));
        ASSERT_TRUE(session);
        ASSERT_TRUE(store.recordHold(*session, sampleHold(QStringLiteral("calf"), Side::Left, 1),
                                     m_clock.nowUtc()));
        m_path = store.databasePath();
    }

    // Two test-only formats after the current one, listed out of order on purpose.
    static constexpr int kNow = Schema::kCurrentVersion;
    static QList<Migration> stepsTo3(const QStringList& third) {
        QList<Migration> steps = Schema::migrations();
        steps << Migration{kNow + 2, third}
              << Migration{kNow + 1, {QStringLiteral("ALTER TABLE sessions ADD COLUMN mood TEXT")}};
        return steps;
    }
};

TEST_F(MigratorTest, RunsStepsInOrderAfterAVerifiedBackup) {
    SqlConnection db(m_path, SqlConnection::Mode::ReadWrite);
    BackupManager backups(m_dir.file(QStringLiteral("backups")), Schema::kApplicationId);
    Migrator migrator(stepsTo3({QStringLiteral("CREATE TABLE moods (name TEXT)"),
                                QStringLiteral("INSERT INTO moods SELECT mood FROM sessions")}),
                      Schema::kApplicationId, QStringLiteral("FootCoach test"));
    QList<std::pair<int, int>> backupsAsked;
    QString backupPath;
    const bool ok = migrator.run(db, [&](int from, int to) {
        backupsAsked.append({from, to});
        const auto path =
            backups.create(db, BackupManager::preMigrationName(QDate(2026, 1, 5), to));
        backupPath = path.value_or(QString());
        return path.has_value();
    });
    ASSERT_TRUE(ok) << migrator.error().toStdString();
    EXPECT_EQ(backupsAsked, (QList<std::pair<int, int>>{{kNow, kNow + 2}}));
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA user_version"))->toInt(), kNow + 2);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM moods"))->toInt(), 1);

    EXPECT_TRUE(
        backupPath.endsWith(QStringLiteral("history-2026-01-05-before-format%1.db").arg(kNow + 2)));
    EXPECT_FALSE(backups.problemWith(backupPath).has_value());
    RawDatabase copy(backupPath, true);
    EXPECT_EQ(copy.text(QStringLiteral("PRAGMA user_version")), QString::number(kNow));
    EXPECT_EQ(copy.text(QStringLiteral("SELECT count(*) FROM holds")), QStringLiteral("1"));
}

TEST_F(MigratorTest, AFailingStepRollsBackToTheLastWholeVersion) {
    SqlConnection db(m_path, SqlConnection::Mode::ReadWrite);
    Migrator migrator(stepsTo3({QStringLiteral("CREATE TABLE half_done (a)"),
                                QStringLiteral("INSERT INTO no_such_table VALUES (1)")}),
                      Schema::kApplicationId, QStringLiteral("FootCoach test"));
    EXPECT_FALSE(migrator.run(db, [](int, int) { return true; }));
    EXPECT_TRUE(migrator.error().contains(QStringLiteral("format %1").arg(kNow + 2)))
        << migrator.error().toStdString();
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA user_version"))->toInt(), kNow + 1);
    EXPECT_EQ(
        db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"))
            ->toInt(),
        0);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM holds"))->toInt(), 1);
}

TEST_F(MigratorTest, NoStepRunsWithoutABackup) {
    SqlConnection db(m_path, SqlConnection::Mode::ReadWrite);
    Migrator migrator(stepsTo3({QStringLiteral("CREATE TABLE t (a)")}), Schema::kApplicationId,
                      QStringLiteral("FootCoach test"));
    EXPECT_FALSE(migrator.run(db, [](int, int) { return false; }));
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA user_version"))->toInt(), kNow);
}

} // namespace
