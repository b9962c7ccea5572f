#include "services/session/SessionController.h"
#include "FakeClock.h"
#include "TestDataDir.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/RoutineLoader.h"
#include "services/session/CuePlayer.h"
#include "services/session/Voice.h"

#include <QTest>
#include <gtest/gtest.h>

using namespace footcoach;
using namespace std::chrono_literals;

namespace {

class RecordingCuePlayer final : public CuePlayer {
public:
    void play(Cue cue) override { played.append(cue); }
    bool isAvailable() const override { return true; }
    void beginSession() override { ++sessions; }
    void endSession() override { --sessions; }
    bool isReady() const override { return readyNow; }
    QList<Cue> played;
    int sessions = 0;
    bool readyNow = true;
};

// A voice whose engine gets ready only when the test says so, as speech-dispatcher does after
// listing its voices (0.3-1.3 s, longer on a busy machine).
class LateVoice final : public Voice {
public:
    bool isActive() override { return readyNow; }
    void say(const QString& text) override { said << text; }
    void prepare() override { ++prepared; }
    bool isReady() const override { return readyNow; }
    void becomeReady() {
        readyNow = true;
        Q_EMIT ready();
    }
    QStringList said;
    int prepared = 0;
    bool readyNow = false;
};

struct ControllerFixture {
    test::TestDataDir dir;
    test::FakeMonotonicClock clock;
    test::FakeWallClock wall{QDateTime(QDate(2026, 3, 2), QTime(7, 40), Qt::UTC)};
    test::FakeTimeZone zone;
    HistoryStore store{dir.path(), wall};
    RecordingCuePlayer cues;
    std::unique_ptr<SessionController> controller;

    explicit ControllerFixture(Voice* voice = nullptr) {
        EXPECT_TRUE(store.open()) << store.lastError().toStdString();
        controller = std::make_unique<SessionController>(SessionPlan(RoutineLoader::builtIn()),
                                                         SlotKey{QDate(2026, 3, 2), Slot::Morning},
                                                         clock, wall, zone, store, cues, voice);
    }
    void runToEnd() {
        int guard = 0;
        while (controller->engine().state() == EngineState::Running && ++guard < 10000) {
            const auto wait = *controller->engine().timeUntilNextEvent();
            clock.advance(wait);
            wall.advance(wait);
            controller->processDue();
        }
    }
};

} // namespace

TEST(SessionController, EveryHoldIsOnDiskBeforeTheNextPhaseBegins) {
    ControllerFixture f;
    f.controller->start(4);
    ASSERT_TRUE(f.controller->sessionId());
    const qint64 id = *f.controller->sessionId();
    int holdsEnded = 0;
    // Connected after the controller's own handler: by the time the next phase is entered,
    // the store must already hold every finished hold.
    QObject::connect(&f.controller->engine(), &SessionEngine::holdFinished, [&] { ++holdsEnded; });
    QObject::connect(&f.controller->engine(), &SessionEngine::phaseChanged,
                     [&] { EXPECT_EQ(f.store.holds(id).size(), holdsEnded); });
    f.runToEnd();
    EXPECT_EQ(holdsEnded, 18);
    const QList<SessionRecord> records =
        f.store.sessionRecords(QDate(2026, 3, 2), QDate(2026, 3, 2));
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].status, SessionStatus::Complete);
    EXPECT_EQ(records[0].slot, Slot::Morning);
    f.controller->recordCheckInAfter(2);
    const auto checkIn = f.store.checkIn(id);
    ASSERT_TRUE(checkIn);
    EXPECT_EQ(checkIn->numbnessBefore, 4);
    EXPECT_EQ(checkIn->numbnessAfter, 2);
}

TEST(SessionController, HoldsTheCueOutputOpenForTheSessionOnly) {
    ControllerFixture f;
    EXPECT_EQ(f.cues.sessions, 1); // from the start, so that the first cue is on time
    f.controller->start();
    f.runToEnd();
    EXPECT_EQ(f.cues.sessions, 0);
    f.controller.reset();
    EXPECT_EQ(f.cues.sessions, 0); // released once
}

TEST(SessionController, StartsItsClockOnceTheCueOutputFlows) {
    ControllerFixture f;
    f.cues.readyNow = false;
    f.controller->start();
    EXPECT_EQ(f.controller->engine().state(), EngineState::Idle);
    EXPECT_TRUE(f.cues.played.isEmpty());
    f.cues.readyNow = true;
    Q_EMIT f.cues.ready();
    EXPECT_EQ(f.controller->engine().state(), EngineState::Running);
    EXPECT_EQ(f.cues.played, QList<Cue>({Cue::GetReady}));
}

TEST(SessionController, DoesNotWaitLongerThanASecondForTheCueOutput) {
    ControllerFixture f;
    f.cues.readyNow = false;
    f.controller->start();
    EXPECT_EQ(f.controller->engine().state(), EngineState::Idle);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return f.controller->engine().state() == EngineState::Running; },
                        SessionController::kCueWaitMs + 2000));
}

TEST(SessionController, StartsItsClockOnceTheVoiceIsReadySoTheFirstPhraseIsSpoken) {
    LateVoice voice;
    ControllerFixture f(&voice);
    EXPECT_EQ(voice.prepared, 1); // as the screen opens, not at the first phrase
    f.controller->start();
    EXPECT_EQ(f.controller->engine().state(), EngineState::Idle);
    EXPECT_TRUE(voice.said.isEmpty());
    EXPECT_TRUE(f.cues.played.isEmpty());
    voice.becomeReady();
    EXPECT_EQ(f.controller->engine().state(), EngineState::Running);
    ASSERT_EQ(voice.said.size(), 1);
    EXPECT_TRUE(voice.said.first().startsWith("Get ready")) << voice.said.first().toStdString();
    EXPECT_TRUE(f.cues.played.isEmpty()); // spoken, not a tone
}

TEST(SessionController, WaitsForBothTheCueOutputAndTheVoice) {
    LateVoice voice;
    ControllerFixture f(&voice);
    f.cues.readyNow = false;
    f.controller->start();
    voice.becomeReady();
    EXPECT_EQ(f.controller->engine().state(), EngineState::Idle);
    f.cues.readyNow = true;
    Q_EMIT f.cues.ready();
    EXPECT_EQ(f.controller->engine().state(), EngineState::Running);
    EXPECT_EQ(voice.said.size(), 1);
}

TEST(SessionController, AVoiceNotReadyByTheDeadlineLeavesTheTones) {
    LateVoice voice;
    ControllerFixture f(&voice);
    f.controller->start();
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return f.controller->engine().state() == EngineState::Running; },
                        SessionController::kCueWaitMs + 2000));
    EXPECT_EQ(f.cues.played, QList<Cue>({Cue::GetReady}));
    EXPECT_TRUE(voice.said.isEmpty());
    // Ready later: the next phrase is spoken.
    voice.becomeReady();
    f.clock.advance(5000ms);
    f.controller->processDue();
    EXPECT_EQ(voice.said.size(), 1);
}

TEST(SessionController, StoppingEarlyRecordsAPartialSession) {
    ControllerFixture f;
    f.controller->start();
    SessionEngine& engine = f.controller->engine();
    while (engine.currentPhase().kind != PhaseKind::Rest) {
        f.clock.advance(*engine.timeUntilNextEvent());
        f.controller->processDue();
    }
    engine.stop();
    const QList<SessionRecord> records =
        f.store.sessionRecords(QDate(2026, 3, 2), QDate(2026, 3, 2));
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].status, SessionStatus::Partial);
    EXPECT_EQ(f.store.holds(*f.controller->sessionId()).size(), 1);
}

TEST(SessionController, PlaysOneCuePerBoundaryAndSkipsStaleOnes) {
    ControllerFixture f;
    f.controller->start();
    EXPECT_EQ(f.cues.played, (QList<Cue>{Cue::GetReady}));
    f.clock.advance(5000ms);
    f.controller->processDue();
    EXPECT_EQ(f.cues.played.last(), Cue::GetReady); // into position for the first stretch
    // The machine stalls for far longer than a phase: the missed cues stay silent.
    const qsizetype before = f.cues.played.size();
    f.clock.advance(30s);
    f.controller->processDue();
    EXPECT_LE(f.cues.played.size(), before + 1);
}
