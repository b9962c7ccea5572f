#pragma once

#include "footcoach/Clock.h"
#include "footcoach/SessionPlan.h"

#include <QObject>

#include <chrono>
#include <map>
#include <optional>

namespace footcoach {

enum class EngineState { Idle, Running, Paused, Finished, Stopped };

// Moments worth a sound or a spoken word. One cue per phase boundary: the most specific wins.
enum class Cue {
    GetReady,
    HoldStart,
    Countdown3,
    Countdown2,
    Countdown1,
    HoldEnd,
    SwitchSide,
    ExerciseDone,
    SessionDone
};
QString toString(Cue cue);

struct CueEvent {
    Cue cue = Cue::GetReady;
    int phaseIndex = 0;
    std::chrono::milliseconds due{0}; // monotonic instant the cue belongs to
};

struct SessionResult {
    SessionStatus status = SessionStatus::Abandoned;
    int holdsPlanned = 0;
    int holdsCompleted = 0;
    int holdsSkipped = 0;
};

// Runs a session plan on a monotonic clock. Time left is always "deadline minus now", and each
// phase's deadline is the previous deadline plus the phase length, so however late tick() is
// called the session ends exactly on plan. The engine owns no timer: its driver calls tick()
// when timeUntilNextEvent() has passed.
class SessionEngine : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kBackRestartsAfter{2000};

    SessionEngine(SessionPlan plan, const MonotonicClock& clock, QObject* parent = nullptr);

    const SessionPlan& plan() const { return m_plan; }
    EngineState state() const { return m_state; }
    int phaseIndex() const { return m_phaseIndex; }
    const Phase& currentPhase() const { return m_plan.phase(m_phaseIndex); }
    std::chrono::milliseconds remaining() const;
    std::chrono::milliseconds elapsedInPhase() const;
    // Time until the engine has something to do (a phase end or a countdown cue); empty when
    // it is not running.
    std::optional<std::chrono::milliseconds> timeUntilNextEvent() const;
    SessionResult summary() const;
    std::chrono::milliseconds phaseDeadline() const { return m_deadline; }

    void start();
    void pause();
    void resume();
    void togglePause();
    void skip();
    void back();
    void stop();
    // Processes every boundary and cue whose time has come, in order.
    void tick();

Q_SIGNALS:
    void stateChanged(footcoach::EngineState state);
    void phaseChanged(int phaseIndex);
    void cue(const footcoach::CueEvent& event);
    void holdFinished(const footcoach::HoldOutcome& outcome);
    void finished(const footcoach::SessionResult& summary);

private:
    void enterPhase(int index, std::chrono::milliseconds startedAt);
    void endHold(std::chrono::milliseconds held);
    void finish(EngineState endState);
    void setState(EngineState state);
    Cue cueForEntering(int index) const;
    std::chrono::milliseconds now() const { return m_clock.now(); }

    SessionPlan m_plan;
    const MonotonicClock& m_clock;
    EngineState m_state = EngineState::Idle;
    int m_phaseIndex = 0;
    std::chrono::milliseconds m_deadline{0};
    std::chrono::milliseconds m_pausedRemaining{0};
    int m_nextCountdown = 0;                 // 3, 2, 1 still to emit in this hold; 0 when none
    std::map<int, HoldResult> m_holdResults; // by hold index
};

} // namespace footcoach
