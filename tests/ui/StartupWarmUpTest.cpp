#include "ui/common/StartupWarmUp.h"

#include <QFontDatabase>
#include <QStringList>
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace footcoach;

TEST(StartupWarmUp, RunsTheHandedInWorkOnItsOwnThreadOnceTheApplicationIsReady) {
    std::atomic<bool> ran{false};
    std::thread::id where;
    {
        StartupWarmUp warmUp;
        warmUp.applicationReady([&] {
            where = std::this_thread::get_id();
            ran = true;
        });
        warmUp.wait();
        EXPECT_TRUE(ran);
        EXPECT_NE(where, std::this_thread::get_id());
    }
    // The font database it filled answers the main thread.
    EXPECT_FALSE(QFontDatabase::families().isEmpty());
}

TEST(StartupWarmUp, WithoutTheApplicationReadyItEndsAfterTheFontConfiguration) {
    std::atomic<bool> ran{false};
    StartupWarmUp warmUp;
    warmUp.wait();
    // Too late: the thread has ended, and nothing runs any more.
    warmUp.applicationReady([&] { ran = true; });
    warmUp.wait();
    EXPECT_FALSE(ran);
}

TEST(StartupWarmUp, EndsWhenDestroyedWithoutAWait) {
    std::atomic<bool> ran{false};
    {
        StartupWarmUp warmUp;
        warmUp.applicationReady([&] { ran = true; });
    }
    EXPECT_TRUE(ran);
}
