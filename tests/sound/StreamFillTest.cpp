// The cue stream as the server takes it: the fill level (small at first, more after underruns
// close together, up to two thirds of the granted buffer, less again once it runs without),
// settled once taken steadily, and stalled when a settled stream is taken no more.
#include "sound/StreamFill.h"

#include <gtest/gtest.h>

using namespace footcoach;

TEST(StreamFill, KeepsTheBaseUntilAnUnderrun) {
    const StreamFill fill(440, 1416, 88, 0);
    EXPECT_EQ(fill.target(), 440);
}

TEST(StreamFill, ASingleUnderrunKeepsNoMore) {
    StreamFill fill(440, 1416, 88, 0);
    fill.underrun(10);
    EXPECT_EQ(fill.target(), 440);
    fill.underrun(10 + StreamFill::kEaseMs);
    EXPECT_EQ(fill.target(), 440);
}

TEST(StreamFill, UnderrunsCloseTogetherKeepMoreUpToTwoThirdsOfTheGrantedBuffer) {
    StreamFill fill(440, 1416, 88, 0);
    fill.underrun(10);
    fill.underrun(10 + StreamFill::kEaseMs - 1);
    EXPECT_EQ(fill.target(), 528);
    for (int i = 0; i < 20; ++i)
        fill.underrun(20 + i);
    EXPECT_EQ(fill.target(), 944);
}

TEST(StreamFill, NeverKeepsLessThanTheBaseWhenTheGrantIsSmall) {
    // PulseAudio grants about what was asked: there is no room to grow into.
    StreamFill fill(440, 440, 88, 0);
    fill.underrun(10);
    fill.underrun(20);
    EXPECT_EQ(fill.target(), 440);
}

namespace {
// The server takes sound every 2 ms from `from` to `to`.
void takenSteadily(StreamFill& fill, qint64 from, qint64 to) {
    for (qint64 t = from; t <= to; t += 2)
        fill.wrote(88, t);
}
} // namespace

TEST(StreamFill, SettlesOnceTakenSteadilyForTheSettleTime) {
    StreamFill fill(440, 1416, 88, 1000);
    takenSteadily(fill, 1000, 1000 + StreamFill::kSettleMs - 2);
    EXPECT_FALSE(fill.settled());
    fill.wrote(88, 1000 + StreamFill::kSettleMs);
    EXPECT_TRUE(fill.settled());
}

TEST(StreamFill, APauseInTheTakingDelaysTheSettling) {
    // The first fill is taken at once, then nothing for 1.2 s, then steadily.
    StreamFill fill(440, 440, 88, 0);
    fill.wrote(440, 0);
    const qint64 resumed = 1200;
    EXPECT_FALSE(fill.stalled(resumed)); // not yet settled: no stall either
    takenSteadily(fill, resumed, resumed + StreamFill::kSettleMs - 2);
    EXPECT_FALSE(fill.settled());
    fill.wrote(88, resumed + StreamFill::kSettleMs);
    EXPECT_TRUE(fill.settled());
}

TEST(StreamFill, ASettledStreamTakenNoMoreForTheStallTimeIsStalled) {
    StreamFill fill(440, 1416, 88, 0);
    takenSteadily(fill, 0, 400);
    ASSERT_TRUE(fill.settled());
    EXPECT_FALSE(fill.stalled(400 + StreamFill::kStallMs - 1));
    fill.wrote(0, 500); // no room: the server took nothing
    EXPECT_TRUE(fill.stalled(400 + StreamFill::kStallMs));
    fill.wrote(88, 700);
    EXPECT_FALSE(fill.stalled(700 + StreamFill::kStallMs - 1));
}

TEST(StreamFill, KeepsAStepLessForEachQuietStretchBackDownToTheBase) {
    StreamFill fill(440, 1416, 88, 0);
    fill.underrun(0);
    fill.underrun(100);
    fill.underrun(200); // 616
    fill.wrote(100, 200 + StreamFill::kEaseMs - 1);
    EXPECT_EQ(fill.target(), 616);
    fill.wrote(100, 200 + StreamFill::kEaseMs);
    EXPECT_EQ(fill.target(), 528);
    fill.wrote(100, 200 + 2 * StreamFill::kEaseMs - 1); // a stretch runs from the last step
    EXPECT_EQ(fill.target(), 528);
    fill.wrote(100, 200 + 2 * StreamFill::kEaseMs);
    EXPECT_EQ(fill.target(), 440);
    fill.wrote(100, 200 + 5 * StreamFill::kEaseMs);
    EXPECT_EQ(fill.target(), 440);
}

TEST(StreamFill, AnUnderrunRestartsTheQuietStretch) {
    StreamFill fill(440, 1416, 88, 0);
    fill.underrun(0);
    fill.underrun(10);
    fill.underrun(StreamFill::kEaseMs - 10); // 616
    fill.wrote(100, StreamFill::kEaseMs);
    EXPECT_EQ(fill.target(), 616);
}
