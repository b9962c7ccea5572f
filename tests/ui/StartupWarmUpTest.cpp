#include "ui/common/StartupWarmUp.h"

#include <QFontDatabase>
#include <QStringList>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
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

// The session bus's connection is mostly a wait on another process: it runs beside the driver and
// the fonts, not after them. Here the first work can only end once the work alongside has begun.
TEST(StartupWarmUp, RunsTheWorkAlongsideOnAThirdThreadAtTheSameTime) {
    std::promise<std::thread::id> alongsideBegun;
    std::future<std::thread::id> begun = alongsideBegun.get_future();
    std::thread::id first;
    bool sawAlongside = false;
    StartupWarmUp warmUp(
        [&] {
            first = std::this_thread::get_id();
            sawAlongside = begun.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
        },
        [&] { alongsideBegun.set_value(std::this_thread::get_id()); });
    warmUp.wait();
    ASSERT_TRUE(sawAlongside);
    const std::thread::id alongside = begun.get();
    EXPECT_NE(alongside, first);
    EXPECT_NE(alongside, std::this_thread::get_id());
}
