#include "FakeClock.h"
#include "StorageTestSupport.h"
#include "TestDataDir.h"

#include "footcoach/HistoryStore.h"

#include <QProcess>

#include <gtest/gtest.h>

#include <memory>

using namespace footcoach;
using namespace footcoach::test;

namespace {

// Four processes (think: the reminder process and three windows) open a fresh data directory
// at the same moment and write at once. Nothing is lost, nobody is told "database is locked",
// and each shared reminder row is created by exactly one of them.
TEST(MultiWriterTest, FourWritersLoseNothingAndCreateEachReminderOnce) {
    constexpr int kWriters = 4;
    constexpr int kHolds = 60;
    TestDataDir dir;
    std::vector<std::unique_ptr<QProcess>> children;
    for (int i = 0; i < kWriters; ++i) {
        auto child = std::make_unique<QProcess>();
        child->setProgram(QStringLiteral(FOOTCOACH_STORAGE_CHILD));
        child->setArguments(
            {QStringLiteral("writer"), dir.path(), QString::number(i), QString::number(kHolds)});
        child->start();
        children.push_back(std::move(child));
    }
    int created = 0;
    int acknowledged = 0;
    for (auto& child : children) {
        ASSERT_TRUE(child->waitForFinished(120000));
        const QString output = QString::fromUtf8(child->readAllStandardOutput());
        EXPECT_FALSE(output.contains(QStringLiteral("locked"), Qt::CaseInsensitive))
            << output.toStdString();
        EXPECT_FALSE(output.contains(QStringLiteral("ERROR"))) << output.toStdString();
        EXPECT_EQ(child->exitCode(), 0)
            << output.toStdString() << child->readAllStandardError().toStdString();
        created += int(output.count(QStringLiteral("CREATED ")));
        acknowledged += int(output.count(QStringLiteral("ACK ")));
    }
    EXPECT_EQ(acknowledged, kWriters * kHolds);
    EXPECT_EQ(created, kHolds / 2) << "each reminder row must be created exactly once";

    RawDatabase raw(dir.file(QStringLiteral("history.db")), true);
    EXPECT_EQ(raw.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    EXPECT_EQ(raw.text(QStringLiteral("SELECT count(*) FROM holds")).toInt(), kWriters * kHolds);
    EXPECT_EQ(
        raw.text(QStringLiteral("SELECT count(*) FROM sessions WHERE status = 'complete'")).toInt(),
        kWriters);
    EXPECT_EQ(raw.text(QStringLiteral("SELECT count(*) FROM reminders")).toInt(), kHolds / 2);
}

} // namespace
