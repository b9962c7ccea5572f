#include "FakeClock.h"
#include "StorageTestSupport.h"
#include "TestDataDir.h"

#include "footcoach/HistoryStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <signal.h>

#include <iostream>
#include <set>

using namespace footcoach;
using namespace footcoach::test;

namespace {

// Where a life can be killed: opening the store (which takes the day's backup), opening an
// older-format history (the migration, after its own backup), a session's writes, the CSV
// export, and the next day's backup.
const QStringList kStages = {QStringLiteral("open"), QStringLiteral("migration"),
                             QStringLiteral("session"), QStringLiteral("export"),
                             QStringLiteral("backup")};

const QString kHoldKeys = QStringLiteral(
    "SELECT session_id || ' ' || exercise_id || ' ' || side || ' ' || rep FROM holds");

// Read-write, like any opener: a dead process's hot rollback journal (the format-1 fixture is not
// in WAL mode until migrated) is rolled back first.
std::set<QString> storedHolds(const QString& database) {
    RawDatabase raw(database);
    const QStringList keys = raw.column(kHoldKeys);
    return {keys.begin(), keys.end()};
}

QDateTime dayOfLife(int day) {
    return QDateTime(QDate(2026, 1, 5).addDays(day), QTime(21, 0), Qt::UTC);
}

// Starts a fresh older-format history (format 1, the fixture) in dir, without any backup.
void replaceWithFormat1(const TestDataDir& dir) {
    for (const QString& name :
         QDir(dir.path()).entryList({QStringLiteral("history.db*"), QStringLiteral("export.csv")}))
        ASSERT_TRUE(QFile::remove(dir.file(name))) << name.toStdString();
    ASSERT_TRUE(QDir(dir.file(QStringLiteral("backups"))).removeRecursively());
    RawDatabase raw(dir.file(QStringLiteral("history.db")));
    ASSERT_EQ(raw.execScript(readText(fixturePath(QStringLiteral("history-v1.sql")))), QString());
}

// After a kill, or at a life's end: the history and every backup are whole, every committed
// hold is there, the store opens (taking over from the dead process) without any recovery, and
// the export is either absent or complete.
void checkSurvivor(const TestDataDir& dir, const std::set<QString>& committed, int day) {
    const QString database = dir.file(QStringLiteral("history.db"));
    if (!QFile::exists(database)) {
        ASSERT_TRUE(committed.empty()) << "history.db is gone";
        return;
    }
    {
        RawDatabase raw(database);
        ASSERT_TRUE(raw.ok());
        ASSERT_EQ(raw.text(QStringLiteral("PRAGMA integrity_check")).toStdString(), "ok");
    }
    const std::set<QString> stored = storedHolds(database);
    for (const QString& hold : committed)
        ASSERT_TRUE(stored.count(hold))
            << "hold " << hold.toStdString() << " was committed but is missing";

    FakeWallClock clock(dayOfLife(day));
    HistoryStore store(dir.path(), clock);
    ASSERT_TRUE(store.open()) << store.lastError().toStdString();
    const QStringList notices = store.takeNotices();
    ASSERT_TRUE(notices.isEmpty()) << "recovery after a kill: " << notices.join(' ').toStdString();
    store.close();
    EXPECT_EQ(storedHolds(database).size(), stored.size());

    static const QRegularExpression backupName(
        QStringLiteral(R"(^history-\d{4}-\d\d-\d\d(-before-format\d+)?\.db$)"));
    const QDir backups(dir.file(QStringLiteral("backups")));
    for (const QString& name : backups.entryList(QDir::Files)) {
        // A half-written copy of the dead process is gone once the store has been opened.
        ASSERT_TRUE(backupName.match(name).hasMatch())
            << "left in backups/: " << name.toStdString();
        RawDatabase copy(backups.filePath(name), true);
        ASSERT_EQ(copy.text(QStringLiteral("PRAGMA integrity_check")).toStdString(), "ok")
            << name.toStdString();
        ASSERT_FALSE(copy.text(QStringLiteral("SELECT count(*) FROM holds")).startsWith("ERROR"))
            << name.toStdString();
    }

    const QString csvPath = dir.file(QStringLiteral("export.csv"));
    if (QFile::exists(csvPath)) {
        const QString csv = readText(csvPath);
        ASSERT_TRUE(csv.startsWith(QStringLiteral("local_date,slot,"))) << "half an export";
        ASSERT_TRUE(csv.endsWith(QStringLiteral("\r\n"))) << "half an export";
        for (const QString& row : csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
            ASSERT_EQ(row.count(QLatin1Char(',')), 9) << row.toStdString();
    }
}

// Rounds of one whole life each (see life() in StorageTestChild.cpp), SIGKILLed at a seeded
// random moment of a seeded random stage (one life in ten lives on): the delay after the stage
// began is drawn up to the longest that stage has been seen to take, so the kills spread over whole
// stages. One round in six first replaces the history with a format-1 one, and kills during its
// migration. After every round checkSurvivor(). FOOTCOACH_CRASH_ROUNDS (default 200) and
// FOOTCOACH_CRASH_SEED override the defaults.
TEST(CrashTest, EveryCommittedHoldSurvivesAKillAtAnyMomentOfALife) {
    const int rounds = qEnvironmentVariableIsSet("FOOTCOACH_CRASH_ROUNDS")
                           ? qEnvironmentVariableIntValue("FOOTCOACH_CRASH_ROUNDS")
                           : 200;
    const quint32 seed = qEnvironmentVariableIsSet("FOOTCOACH_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("FOOTCOACH_CRASH_SEED"))
                             : 20260105u;
    QRandomGenerator random(seed);
    SCOPED_TRACE(testing::Message() << "seed " << seed << " (FOOTCOACH_CRASH_SEED)");
    TestDataDir dir;
    QElapsedTimer elapsed;
    elapsed.start();

    std::set<QString> committed;
    QHash<QString, qint64> longestMs; // how long each stage has been seen to take
    for (const QString& stage : kStages)
        longestMs[stage] = 1; // grows to what is measured
    QHash<QString, int> killedIn;
    int lifeEnded = 0;
    size_t acknowledged = 0;
    bool migrated = false;
    // Bounded in time on a loaded machine (every commit is an fsync): the rounds are the same
    // sequence whatever the speed, only fewer of them may run, never fewer than a quarter.
    constexpr qint64 kBudgetMs = 40'000;
    int round = 0;
    for (; round < rounds; ++round) {
        if (elapsed.elapsed() > kBudgetMs && round >= rounds / 4)
            break;
        SCOPED_TRACE(testing::Message() << "round " << round);
        const bool migrate = round > 0 && random.bounded(6) == 0;
        if (migrate) {
            replaceWithFormat1(dir);
            const std::set<QString> fixture = storedHolds(dir.file(QStringLiteral("history.db")));
            ASSERT_FALSE(fixture.empty());
            committed = fixture;
        }
        // Which stage to kill in, and how long after it began; one life in ten is not killed.
        QString target = migrate ? QStringLiteral("migration")
                                 : kStages.value(int(random.bounded(int(kStages.size()))));
        if (target == QLatin1String("migration") && !migrate)
            target = QStringLiteral("open");
        // The first life of all and the first migration are not killed, so that every stage's
        // length is measured before it is chosen.
        const bool spare = round == 0 || (migrate && !migrated) || random.bounded(10) == 0;
        migrated = migrated || migrate;
        const qint64 delayMs = random.bounded(int(longestMs.value(target)) + 1);
        const int holds = int(random.bounded(41));

        QProcess child;
        // A kill may land while a sanitized child's leak check runs at its exit, which then
        // reports that it could not stop its threads. Leaks are the in-process tests' concern;
        // these children only need to die.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (env.contains(QStringLiteral("ASAN_OPTIONS")))
            env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) +
                                                           QStringLiteral(":detect_leaks=0"));
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(FOOTCOACH_STORAGE_CHILD),
                    {QStringLiteral("life"), dir.path(), QString::number(2 * round),
                     QString::number(holds)});
        ASSERT_TRUE(child.waitForStarted(10000));

        QStringList seen;
        QString stage;       // the last stage announced
        QElapsedTimer since; // since it was announced
        const auto take = [&](const QString& line) {
            seen << line;
            if (!line.startsWith(QStringLiteral("STAGE ")))
                return;
            const QString next = line.mid(6);
            if (!stage.isEmpty())
                longestMs[stage] = qMax(longestMs.value(stage), since.elapsed());
            stage = (next == QLatin1String("open") && migrate) ? QStringLiteral("migration") : next;
            since.start();
        };
        const auto consume = [&] {
            while (child.canReadLine())
                take(QString::fromUtf8(child.readLine()).trimmed());
        };
        // Reads until the target stage begins, then until the moment to kill or the end of life:
        // waiting on the pipe, with a deadline.
        QDeadlineTimer giveUp(60000);
        std::optional<QDeadlineTimer> killAt;
        while (child.state() != QProcess::NotRunning && !giveUp.hasExpired()) {
            consume();
            if (!killAt && !spare && stage == target)
                killAt = QDeadlineTimer(delayMs);
            if (killAt && killAt->hasExpired())
                break;
            const qint64 wait = killAt ? killAt->remainingTime() : giveUp.remainingTime();
            child.waitForReadyRead(int(qMax<qint64>(1, wait)));
        }
        ASSERT_FALSE(giveUp.hasExpired())
            << "the life took over a minute: " << seen.join(" | ").toStdString();
        const bool killed = child.state() != QProcess::NotRunning;
        if (killed) {
            ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
            ASSERT_TRUE(child.waitForFinished(10000));
        }
        consume();
        for (const QByteArray& line : child.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                take(QString::fromUtf8(line).trimmed());
        if (killed)
            ++killedIn[stage];
        else {
            ASSERT_EQ(child.exitCode(), 0)
                << seen.join(" | ").toStdString() << child.readAllStandardError().toStdString();
            ASSERT_EQ(stage, QStringLiteral("done"));
            ++lifeEnded;
        }
        for (const QString& line : std::as_const(seen)) {
            ASSERT_FALSE(line.startsWith(QStringLiteral("NOTICE")))
                << "recovery after a kill: " << line.toStdString();
            ASSERT_FALSE(line.startsWith(QStringLiteral("ERROR"))) << line.toStdString();
            if (line.startsWith(QStringLiteral("ACK "))) {
                committed.insert(line.mid(4));
                ++acknowledged;
            }
        }
        checkSurvivor(dir, committed, 2 * round + 1);
        if (testing::Test::HasFatalFailure())
            return;
    }

    std::cout << "crash rounds: " << round << " of " << rounds << " in " << elapsed.elapsed()
              << " ms, acknowledged holds: " << acknowledged << ", lives ended: " << lifeEnded
              << ", killed in:";
    for (const QString& stage : kStages)
        std::cout << ' ' << stage.toStdString() << ' ' << killedIn.value(stage) << " (longest "
                  << longestMs.value(stage) << " ms)";
    std::cout << '\n';
    // The kills must really have landed in every stage, and some lives must have ended whole.
    for (const QString& stage : kStages)
        EXPECT_GT(killedIn.value(stage), 0) << "no kill during " << stage.toStdString();
    EXPECT_GT(lifeEnded, 0);
    EXPECT_GT(acknowledged, size_t(round)) << "the lives hardly ever got to write";
}

} // namespace
