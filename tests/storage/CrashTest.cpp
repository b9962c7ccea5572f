#include "FakeClock.h"
#include "StorageTestSupport.h"
#include "TestDataDir.h"

#include "footcoach/HistoryStore.h"

#include <QProcess>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <signal.h>

#include <set>

using namespace footcoach;
using namespace footcoach::test;

namespace {

// Rounds of: start a child that logs holds, wait for a random number of acknowledgements
// (0 kills it while it opens the store), SIGKILL it, then check that every hold it ever
// acknowledged is on disk and that the file is whole. FOOTCOACH_CRASH_ROUNDS overrides 200.
TEST(CrashTest, NoAcknowledgedHoldIsEverLost) {
    const int rounds = qEnvironmentVariableIsSet("FOOTCOACH_CRASH_ROUNDS")
                           ? qEnvironmentVariableIntValue("FOOTCOACH_CRASH_ROUNDS")
                           : 200;
    TestDataDir dir;
    FakeWallClock clock;
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    SCOPED_TRACE(testing::Message() << "seed " << seed);

    std::set<std::pair<qint64, int>> acknowledged;
    int killedDuringOpen = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.setProgram(QStringLiteral(FOOTCOACH_STORAGE_CHILD));
        child.setArguments({QStringLiteral("crash"), dir.path()});
        child.start();
        ASSERT_TRUE(child.waitForStarted(10000));
        ChildLines lines(child);
        const int wanted = int(random.bounded(9)); // 0..8 acknowledgements before the kill
        QStringList seen;
        while (qsizetype(seen.size()) < wanted) {
            const auto line = lines.next();
            ASSERT_TRUE(line.has_value())
                << "child stopped early: " << child.readAllStandardError().toStdString();
            ASSERT_FALSE(line->startsWith(QStringLiteral("ERROR"))) << line->toStdString();
            ASSERT_FALSE(line->startsWith(QStringLiteral("NOTICE")))
                << "recovery after a kill: " << line->toStdString();
            seen << *line;
        }
        if (wanted == 0)
            ++killedDuringOpen;
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        ASSERT_TRUE(child.waitForFinished(10000));
        seen << lines.rest(); // acknowledgements already in the pipe count too
        for (const QString& line : std::as_const(seen)) {
            const QStringList words = line.split(QLatin1Char(' '));
            ASSERT_NE(words.value(0), QStringLiteral("NOTICE")) << line.toStdString();
            if (words.value(0) == QLatin1String("ACK"))
                acknowledged.insert({words.value(1).toLongLong(), words.value(2).toInt()});
        }

        RawDatabase raw(dir.file(QStringLiteral("history.db")), true);
        if (!raw.ok()) {
            ASSERT_TRUE(acknowledged.empty()) << "history.db is gone after round " << round;
            continue;
        }
        ASSERT_EQ(raw.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"))
            << "round " << round;
        std::set<std::pair<qint64, int>> stored;
        for (const QString& row :
             raw.column(QStringLiteral("SELECT session_id || ' ' || rep FROM holds"))) {
            const QStringList parts = row.split(QLatin1Char(' '));
            stored.insert({parts.value(0).toLongLong(), parts.value(1).toInt()});
        }
        for (const auto& hold : acknowledged)
            ASSERT_TRUE(stored.count(hold)) << "round " << round << ": hold " << hold.first << "/"
                                            << hold.second << " was acknowledged but is missing";
    }
    EXPECT_GT(acknowledged.size(), size_t(rounds)) << "the child hardly ever got to write";
    EXPECT_GT(killedDuringOpen, 0);
    std::cout << "crash rounds: " << rounds << ", acknowledged holds: " << acknowledged.size()
              << '\n';

    // And the store itself opens the survivor without any recovery notice.
    HistoryStore store(dir.path(), clock);
    ASSERT_TRUE(store.open()) << store.lastError().toStdString();
    EXPECT_TRUE(store.takeNotices().isEmpty());
}

} // namespace
