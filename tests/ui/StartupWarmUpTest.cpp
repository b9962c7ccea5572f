#include "ui/common/StartupWarmUp.h"

#include <QFontDatabase>
#include <QStringList>
#include <gtest/gtest.h>

using namespace footcoach;

TEST(StartupWarmUp, FillsTheFontDatabaseThatTheMainThreadThenReads) {
    StartupWarmUp warmUp;
    warmUp.wait();
    warmUp.wait(); // a second wait returns at once
    EXPECT_FALSE(QFontDatabase::families().isEmpty());
}

TEST(StartupWarmUp, IsDoneWhenDestroyedWithoutAWait) {
    { StartupWarmUp warmUp; }
    EXPECT_FALSE(QFontDatabase::families().isEmpty());
}
