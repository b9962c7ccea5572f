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
    EXPECT_EQ(store.prescriptionChanges(QStringLiteral("numb-feet-stretches")).size(), 1);

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

TEST(MigrationTest, Format1MovesToFormat2AndThenKeepsEveryProgramChange) {
    TestDataDir dir;
    FakeWallClock clock;
    buildFromFixture(dir, QStringLiteral("history-v1.sql"));
    HistoryStore store(dir.path(), clock);
    ASSERT_TRUE(store.open()) << store.lastError().toStdString();
    // Format 1 kept only one change per routine version; format 2 keeps them all.
    ASSERT_TRUE(store.recordPrescriptionChange(QStringLiteral("numb-feet-stretches"), 1,
                                               QDate(2026, 1, 10),
                                               QStringLiteral(R"({"holdSeconds":25})")));
    const auto changes = store.prescriptionChanges(QStringLiteral("numb-feet-stretches"));
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[0].detailsJson, QStringLiteral(R"({"holdSeconds":30})"));
    EXPECT_EQ(changes[1].effective, QDate(2026, 1, 10));
    store.close();
    RawDatabase db(dir.file(QStringLiteral("history.db")), true);
    EXPECT_EQ(db.text(QStringLiteral("PRAGMA user_version")), QStringLiteral("2"));
    EXPECT_EQ(db.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    // The upgrade took a verified copy of format 1 first.
    EXPECT_FALSE(QDir(dir.file(QStringLiteral("backups")))
                     .entryList({QStringLiteral("*before-format2*")})
                     .isEmpty());
}

TEST(MigrationTest, OpensTheFormat2FixtureWithAllItsData) {
    TestDataDir dir;
    FakeWallClock clock;
    buildFromFixture(dir, QStringLiteral("history-v2.sql"));
    HistoryStore store(dir.path(), clock);
    ASSERT_TRUE(store.open()) << store.lastError().toStdString();
    EXPECT_EQ(store.sessionRecords(QDate(2025, 12, 29), QDate(2026, 1, 4)).size(), 3);
    const auto changes = store.prescriptionChanges(QStringLiteral("numb-feet-stretches"));
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[1].detailsJson, QStringLiteral(R"({"holdSeconds":20})"));
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
