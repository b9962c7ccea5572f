#include "footcoach/SessionEngine.h"

namespace footcoach {

using std::chrono::milliseconds;

QString toString(Cue cue) {
    switch (cue) {
    case Cue::GetReady:
        return QStringLiteral("get-ready");
    case Cue::HoldStart:
        return QStringLiteral("hold-start");
    case Cue::Countdown3:
        return QStringLiteral("countdown-3");
    case Cue::Countdown2:
        return QStringLiteral("countdown-2");
    case Cue::Countdown1:
        return QStringLiteral("countdown-1");
    case Cue::HoldEnd:
        return QStringLiteral("hold-end");
    case Cue::SwitchSide:
        return QStringLiteral("switch-side");
    case Cue::ExerciseDone:
        return QStringLiteral("exercise-done");
    case Cue::SessionDone:
        return QStringLiteral("session-done");
    }
    return {};
}

SessionEngine::SessionEngine(SessionPlan plan, const MonotonicClock& clock, QObject* parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_clock(clock) {}

milliseconds SessionEngine::remaining() const {
    switch (m_state) {
    case EngineState::Running:
        return std::max(milliseconds(0), m_deadline - now());
    case EngineState::Paused:
        return m_pausedRemaining;
    case EngineState::Idle:
        return currentPhase().duration();
    case EngineState::Finished:
    case EngineState::Stopped:
        return milliseconds(0);
    }
    return milliseconds(0);
}

milliseconds SessionEngine::elapsedInPhase() const {
    return currentPhase().duration() - remaining();
}

std::optional<milliseconds> SessionEngine::timeUntilNextEvent() const {
    if (m_state != EngineState::Running)
        return std::nullopt;
    milliseconds next = m_deadline;
    if (m_nextCountdown > 0)
        next = std::min(next, m_deadline - std::chrono::seconds(m_nextCountdown));
    return std::max(milliseconds(0), next - now());
}

SessionResult SessionEngine::summary() const {
    SessionResult s;
    s.holdsPlanned = m_plan.holdCount();
    for (const auto& [index, result] : m_holdResults) {
        if (result == HoldResult::Completed)
            ++s.holdsCompleted;
        else
            ++s.holdsSkipped;
    }
    if (m_state == EngineState::Finished && s.holdsCompleted == s.holdsPlanned)
        s.status = SessionStatus::Complete;
    else if (s.holdsCompleted > 0)
        s.status = SessionStatus::Partial;
    else
        s.status = SessionStatus::Abandoned;
    return s;
}

void SessionEngine::start() {
    if (m_state != EngineState::Idle)
        return;
    setState(EngineState::Running);
    enterPhase(0, now());
}

void SessionEngine::pause() {
    if (m_state != EngineState::Running)
        return;
    tick(); // settle anything already due before freezing time
    if (m_state != EngineState::Running)
        return;
    m_pausedRemaining = remaining();
    setState(EngineState::Paused);
}

void SessionEngine::resume() {
    if (m_state != EngineState::Paused)
        return;
    m_deadline = now() + m_pausedRemaining;
    setState(EngineState::Running);
}

void SessionEngine::togglePause() {
    if (m_state == EngineState::Idle)
        start();
    else if (m_state == EngineState::Running)
        pause();
    else if (m_state == EngineState::Paused)
        resume();
}

void SessionEngine::skip() {
    if (m_state != EngineState::Running && m_state != EngineState::Paused)
        return;
    if (m_state == EngineState::Running)
        tick();
    if (m_state != EngineState::Running && m_state != EngineState::Paused)
        return;
    if (currentPhase().kind == PhaseKind::Hold)
        endHold(elapsedInPhase());
    enterPhase(m_phaseIndex + 1, now());
}

void SessionEngine::back() {
    if (m_state != EngineState::Running && m_state != EngineState::Paused)
        return;
    if (m_state == EngineState::Running)
        tick();
    if (m_state != EngineState::Running && m_state != EngineState::Paused)
        return;
    const int target =
        elapsedInPhase() > kBackRestartsAfter ? m_phaseIndex : std::max(0, m_phaseIndex - 1);
    enterPhase(target, now());
}

void SessionEngine::stop() {
    if (m_state != EngineState::Running && m_state != EngineState::Paused)
        return;
    if (m_state == EngineState::Running)
        tick();
    if (m_state != EngineState::Running && m_state != EngineState::Paused)
        return;
    if (currentPhase().kind == PhaseKind::Hold && elapsedInPhase() > milliseconds(0))
        endHold(elapsedInPhase());
    finish(EngineState::Stopped);
}

void SessionEngine::tick() {
    while (m_state == EngineState::Running) {
        const milliseconds t = now();
        if (m_nextCountdown > 0) {
            const milliseconds due = m_deadline - std::chrono::seconds(m_nextCountdown);
            if (due <= t) {
                static constexpr Cue kCountdown[] = {Cue::Countdown1, Cue::Countdown2,
                                                     Cue::Countdown3};
                const Cue c = kCountdown[m_nextCountdown - 1];
                --m_nextCountdown;
                Q_EMIT cue({c, m_phaseIndex, due});
                continue;
            }
        }
        if (m_deadline > t)
            return;
        if (currentPhase().kind == PhaseKind::Hold)
            endHold(currentPhase().duration());
        // The next phase starts at this phase's deadline, not at "now": no drift.
        enterPhase(m_phaseIndex + 1, m_deadline);
    }
}

void SessionEngine::enterPhase(int index, milliseconds startedAt) {
    m_phaseIndex = std::min(index, m_plan.phaseCount() - 1);
    const Phase& phase = currentPhase();
    m_deadline = startedAt + phase.duration();
    m_pausedRemaining = phase.duration(); // a phase entered while paused waits at its full length
    // Count down only the last three whole seconds that lie strictly inside the hold.
    m_nextCountdown = phase.kind == PhaseKind::Hold ? std::min(3, phase.seconds - 1) : 0;
    Q_EMIT phaseChanged(m_phaseIndex);
    Q_EMIT cue({cueForEntering(m_phaseIndex), m_phaseIndex, startedAt});
    if (phase.kind == PhaseKind::Done)
        finish(EngineState::Finished);
}

void SessionEngine::endHold(milliseconds held) {
    const Phase& phase = currentPhase();
    const Exercise& exercise = m_plan.routine().exercises.at(phase.exerciseIndex);
    HoldOutcome outcome;
    outcome.exerciseIndex = phase.exerciseIndex;
    outcome.exerciseId = exercise.id;
    outcome.side = phase.side;
    outcome.rep = phase.rep;
    outcome.plannedSeconds = phase.seconds;
    outcome.heldMs = std::clamp(held, milliseconds(0), phase.duration()).count();
    outcome.result = outcome.heldMs >= exercise.minHoldSeconds * 1000LL ? HoldResult::Completed
                                                                        : HoldResult::Skipped;
    m_holdResults[phase.holdIndex] = outcome.result;
    Q_EMIT holdFinished(outcome);
}

void SessionEngine::finish(EngineState endState) {
    m_nextCountdown = 0;
    setState(endState);
    Q_EMIT finished(summary());
}

void SessionEngine::setState(EngineState state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

Cue SessionEngine::cueForEntering(int index) const {
    const Phase& phase = m_plan.phase(index);
    switch (phase.kind) {
    case PhaseKind::GetReady:
        return Cue::GetReady;
    case PhaseKind::Position:
        return phase.exerciseIndex > 0 ? Cue::ExerciseDone : Cue::GetReady;
    case PhaseKind::Hold:
        return Cue::HoldStart;
    case PhaseKind::Rest:
        return Cue::HoldEnd;
    case PhaseKind::SwitchSide:
        return Cue::SwitchSide;
    case PhaseKind::Done:
        return Cue::SessionDone;
    }
    return Cue::GetReady;
}

} // namespace footcoach
