#include "footcoach/SessionEngine.h"
#include "FakeClock.h"
#include "footcoach/RoutineLoader.h"

#include <gtest/gtest.h>

#include <random>

using namespace footcoach;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

Routine shortRoutine() {
    Routine r;
    r.id = "short";
    r.prepareSeconds = 2;
    Exercise e;
    e.id = "calf";
    e.sides = {Side::Left, Side::Right};
    e.reps = 2;
    e.holdSeconds = 5;
    e.minHoldSeconds = 3;
    e.restSeconds = 2;
    e.positionSeconds = 3;
    e.steps = {Step{{"x", {}}, {}}};
    r.exercises = {e};
    return r;
}

// Records everything the engine says.
struct Recorder {
    explicit Recorder(SessionEngine& engine) {
        QObject::connect(&engine, &SessionEngine::cue,
                         [this](const CueEvent& e) { cues.append(e); });
        QObject::connect(&engine, &SessionEngine::holdFinished,
                         [this](const HoldOutcome& o) { holds.append(o); });
        QObject::connect(&engine, &SessionEngine::phaseChanged,
                         [this](int i) { phases.append(i); });
        QObject::connect(&engine, &SessionEngine::finished, [this](const SessionResult& s) {
            summary = s;
            ++finishedCount;
        });
    }
    QList<CueEvent> cues;
    QList<HoldOutcome> holds;
    QList<int> phases;
    SessionResult summary;
    int finishedCount = 0;
};

// Drives the engine like a real timer would, but with ticks that arrive late by a random amount.
milliseconds runWithJitter(SessionEngine& engine, test::FakeMonotonicClock& clock, unsigned seed,
                           milliseconds maxLate) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<long> late(0, maxLate.count());
    int guard = 0;
    while (engine.state() == EngineState::Running && ++guard < 100000) {
        const auto wait = engine.timeUntilNextEvent();
        clock.advance(*wait + milliseconds(late(rng)));
        engine.tick();
    }
    return clock.now();
}

} // namespace

TEST(SessionEngine, RunsTheWholePlanAndEndsExactlyOnTime) {
    test::FakeMonotonicClock clock;
    SessionEngine engine(SessionPlan(shortRoutine()), clock);
    Recorder rec(engine);
    const milliseconds start = clock.now();
    engine.start();
    int guard = 0;
    while (engine.state() == EngineState::Running && ++guard < 1000) {
        clock.advance(*engine.timeUntilNextEvent());
        engine.tick();
    }
    EXPECT_EQ(engine.state(), EngineState::Finished);
    EXPECT_EQ(clock.now() - start, milliseconds(engine.plan().totalSeconds() * 1000));
    EXPECT_EQ(rec.finishedCount, 1);
    EXPECT_EQ(rec.summary.status, SessionStatus::Complete);
    EXPECT_EQ(rec.summary.holdsCompleted, 4);
    ASSERT_EQ(rec.holds.size(), 4);
    EXPECT_EQ(rec.holds[0].side, Side::Left);
    EXPECT_EQ(rec.holds[1].rep, 2);
    EXPECT_EQ(rec.holds[2].side, Side::Right);
    EXPECT_EQ(rec.holds[3].heldMs, 5000);
    EXPECT_EQ(rec.cues.last().cue, Cue::SessionDone);
}

TEST(SessionEngine, LateTicksNeverShiftDeadlinesOrTheEnd) {
    const SessionPlan plan(RoutineLoader::builtIn());
    for (unsigned seed = 1; seed <= 40; ++seed) {
        test::FakeMonotonicClock clock;
        SessionEngine engine(plan, clock);
        Recorder rec(engine);
        const milliseconds start = clock.now();
        engine.start();
        runWithJitter(engine, clock, seed, 900ms);
        ASSERT_EQ(engine.state(), EngineState::Finished);
        // Every phase boundary cue is due exactly where the plan puts it, however late the tick.
        for (const CueEvent& e : rec.cues) {
            const int phaseStart = plan.startSecondOf(e.phaseIndex) * 1000;
            const milliseconds expected =
                e.cue == Cue::Countdown3 || e.cue == Cue::Countdown2 || e.cue == Cue::Countdown1
                    ? milliseconds(phaseStart + plan.phase(e.phaseIndex).seconds * 1000 -
                                   (e.cue == Cue::Countdown3   ? 3000
                                    : e.cue == Cue::Countdown2 ? 2000
                                                               : 1000))
                    : milliseconds(phaseStart);
            ASSERT_EQ(e.due - start, expected)
                << "seed " << seed << " cue " << toString(e.cue).toStdString();
        }
        EXPECT_EQ(rec.cues.last().due - start, milliseconds(plan.totalSeconds() * 1000));
        EXPECT_EQ(rec.summary.holdsCompleted, 18);
    }
}

TEST(SessionEngine, PauseAndResumeShiftTheEndByExactlyThePausedTime) {
    for (unsigned seed = 1; seed <= 20; ++seed) {
        std::mt19937 rng(seed);
        std::uniform_int_distribution<long> pauseLen(1, 30'000);
        std::uniform_int_distribution<int> coin(0, 9);
        test::FakeMonotonicClock clock;
        SessionEngine engine(SessionPlan(shortRoutine()), clock);
        Recorder rec(engine);
        const milliseconds start = clock.now();
        milliseconds pausedTotal{0};
        engine.start();
        int guard = 0;
        while (engine.state() == EngineState::Running && ++guard < 10000) {
            const milliseconds wait = *engine.timeUntilNextEvent();
            if (coin(rng) == 0 && wait > 1ms) {
                clock.advance(wait / 2);
                engine.pause();
                ASSERT_EQ(engine.state(), EngineState::Paused);
                const milliseconds frozen = engine.remaining();
                const milliseconds p(pauseLen(rng));
                clock.advance(p);
                EXPECT_EQ(engine.remaining(), frozen);
                pausedTotal += p;
                engine.resume();
                continue;
            }
            clock.advance(wait + milliseconds(coin(rng) * 37));
            engine.tick();
        }
        ASSERT_EQ(engine.state(), EngineState::Finished);
        EXPECT_EQ(rec.cues.last().due - start,
                  milliseconds(engine.plan().totalSeconds() * 1000) + pausedTotal);
    }
}

TEST(SessionEngine, CountdownCuesInTheLastThreeSeconds) {
    test::FakeMonotonicClock clock;
    SessionEngine engine(SessionPlan(shortRoutine()), clock);
    Recorder rec(engine);
    engine.start();
    while (engine.currentPhase().kind != PhaseKind::Hold) {
        clock.advance(*engine.timeUntilNextEvent());
        engine.tick();
    }
    rec.cues.clear();
    clock.advance(5000ms);
    engine.tick();
    QList<Cue> got;
    for (const CueEvent& e : rec.cues)
        got.append(e.cue);
    EXPECT_EQ(got, (QList<Cue>{Cue::Countdown3, Cue::Countdown2, Cue::Countdown1, Cue::HoldEnd}));
}

TEST(SessionEngine, SkipAfterMinimumCountsAsDoneBeforeItAsSkipped) {
    test::FakeMonotonicClock clock;
    SessionEngine engine(SessionPlan(shortRoutine()), clock);
    Recorder rec(engine);
    engine.start();
    engine.skip(); // get ready
    engine.skip(); // position
    ASSERT_EQ(engine.currentPhase().kind, PhaseKind::Hold);
    clock.advance(3500ms);
    engine.skip();
    ASSERT_EQ(rec.holds.size(), 1);
    EXPECT_EQ(rec.holds[0].result, HoldResult::Completed);
    EXPECT_EQ(rec.holds[0].heldMs, 3500);
    EXPECT_EQ(engine.currentPhase().kind, PhaseKind::Rest);
    engine.skip(); // rest
    clock.advance(1000ms);
    engine.skip();
    ASSERT_EQ(rec.holds.size(), 2);
    EXPECT_EQ(rec.holds[1].result, HoldResult::Skipped);
    EXPECT_EQ(rec.holds[1].heldMs, 1000);
    EXPECT_EQ(engine.currentPhase().kind, PhaseKind::SwitchSide);
    EXPECT_EQ(engine.currentPhase().side, Side::Right);
}

TEST(SessionEngine, BackRestartsThePhaseOrGoesToThePreviousOne) {
    test::FakeMonotonicClock clock;
    SessionEngine engine(SessionPlan(shortRoutine()), clock);
    engine.start();
    engine.skip();
    engine.skip();
    ASSERT_EQ(engine.phaseIndex(), 2);
    clock.advance(2500ms);
    engine.back(); // more than two seconds in: restart this hold
    EXPECT_EQ(engine.phaseIndex(), 2);
    EXPECT_EQ(engine.remaining(), 5000ms);
    clock.advance(500ms);
    engine.back(); // early in the phase: go to the previous one
    EXPECT_EQ(engine.phaseIndex(), 1);
    EXPECT_EQ(engine.remaining(), 3000ms);
    engine.back();
    engine.back();
    EXPECT_EQ(engine.phaseIndex(), 0);
}

TEST(SessionEngine, SkipAndBackWhilePausedStayPaused) {
    test::FakeMonotonicClock clock;
    SessionEngine engine(SessionPlan(shortRoutine()), clock);
    engine.start();
    engine.pause();
    engine.skip();
    EXPECT_EQ(engine.state(), EngineState::Paused);
    EXPECT_EQ(engine.phaseIndex(), 1);
    clock.advance(10s);
    EXPECT_EQ(engine.remaining(), 3000ms);
    EXPECT_FALSE(engine.timeUntilNextEvent().has_value());
    engine.resume();
    clock.advance(3000ms);
    engine.tick();
    EXPECT_EQ(engine.currentPhase().kind, PhaseKind::Hold);
}

TEST(SessionEngine, StoppingEarlyIsPartialOrAbandoned) {
    {
        test::FakeMonotonicClock clock;
        SessionEngine engine(SessionPlan(shortRoutine()), clock);
        Recorder rec(engine);
        engine.start();
        clock.advance(1000ms);
        engine.tick();
        engine.stop();
        EXPECT_EQ(engine.state(), EngineState::Stopped);
        EXPECT_EQ(rec.summary.status, SessionStatus::Abandoned);
        EXPECT_TRUE(rec.holds.isEmpty());
    }
    {
        test::FakeMonotonicClock clock;
        SessionEngine engine(SessionPlan(shortRoutine()), clock);
        Recorder rec(engine);
        engine.start();
        clock.advance(2000ms + 3000ms + 5000ms + 2000ms + 1000ms); // into the second hold
        engine.tick();
        engine.stop();
        EXPECT_EQ(rec.summary.status, SessionStatus::Partial);
        ASSERT_EQ(rec.holds.size(), 2);
        EXPECT_EQ(rec.holds[1].result, HoldResult::Skipped);
        EXPECT_EQ(rec.holds[1].heldMs, 1000);
        EXPECT_EQ(rec.finishedCount, 1);
        engine.stop(); // a second stop changes nothing
        EXPECT_EQ(rec.finishedCount, 1);
    }
}

TEST(SessionEngine, SkippingEveryHoldFinishesAsPartialAtMost) {
    test::FakeMonotonicClock clock;
    SessionEngine engine(SessionPlan(shortRoutine()), clock);
    Recorder rec(engine);
    engine.start();
    while (engine.state() == EngineState::Running)
        engine.skip();
    EXPECT_EQ(engine.state(), EngineState::Finished);
    EXPECT_EQ(rec.summary.status, SessionStatus::Abandoned);
    EXPECT_EQ(rec.summary.holdsSkipped, 4);
}

TEST(SessionEngine, TenMinuteSessionEndsOnTheMillisecondWithVeryLateTicks) {
    Routine r = shortRoutine();
    r.exercises[0].reps = 10;
    r.exercises[0].holdSeconds = 25;
    r.exercises[0].restSeconds = 4;
    test::FakeMonotonicClock clock;
    SessionEngine engine(SessionPlan(r), clock);
    Recorder rec(engine);
    const milliseconds start = clock.now();
    engine.start();
    runWithJitter(engine, clock, 7, 4000ms);
    EXPECT_EQ(rec.cues.last().due - start, milliseconds(engine.plan().totalSeconds() * 1000));
    EXPECT_GE(engine.plan().totalSeconds(), 540);
}
