#include "ui/common/StartupWarmUp.h"

#include <QFontDatabase>
#include <QStringList>
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace footcoach;

TEST(StartupWarmUp, RunsTheHandedInWorkOnAThreadOfItsOwn) {
    std::atomic<bool> ran{false};
    std::thread::id where;
    StartupWarmUp warmUp([&] {
        where = std::this_thread::get_id();
        ran = true;
    });
    warmUp.wait();
    EXPECT_TRUE(ran);
    EXPECT_NE(where, std::this_thread::get_id());
    warmUp.wait(); // a second wait returns at once
    // The font database it filled answers the main thread.
    EXPECT_FALSE(QFontDatabase::families().isEmpty());
}

TEST(StartupWarmUp, IsDoneWhenDestroyedWithoutAWait) {
    std::atomic<bool> ran{false};
    {
        StartupWarmUp warmUp([&] { ran = true; });
    }
    EXPECT_TRUE(ran);
}

TEST(StartupWarmUp, WorksWithNothingHandedIn) {
    StartupWarmUp warmUp({});
    warmUp.wait();
    EXPECT_FALSE(QFontDatabase::families().isEmpty());
}
