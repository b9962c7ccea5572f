#pragma once

#include "footcoach/Routine.h"

#include <QList>

#include <chrono>

namespace footcoach {

enum class PhaseKind { GetReady, Position, Hold, Rest, SwitchSide, Done };
QString toString(PhaseKind kind);

// One stretch of time in a session: what the user is doing and for how long.
struct Phase {
    PhaseKind kind = PhaseKind::GetReady;
    int seconds = 0;
    int exerciseIndex = -1; // -1 before the first exercise and at the end
    Side side = Side::Left;
    int rep = 0;        // 1-based during Hold and the Rest after it; 0 otherwise
    int holdIndex = -1; // index among all holds of the session during Hold; -1 otherwise

    std::chrono::milliseconds duration() const { return std::chrono::seconds(seconds); }
};

// A routine expanded into the timeline the engine runs: get ready, then for each exercise and
// side a positioning phase (a side switch for the second side), the holds with rests between
// them, and a final Done phase of length zero. Phases of zero seconds are left out.
class SessionPlan {
public:
    SessionPlan() = default;
    explicit SessionPlan(Routine routine);

    const Routine& routine() const { return m_routine; }
    const QList<Phase>& phases() const { return m_phases; }
    const Phase& phase(int index) const { return m_phases.at(index); }
    int phaseCount() const { return static_cast<int>(m_phases.size()); }
    int holdCount() const { return m_holdCount; }
    int totalSeconds() const { return m_totalSeconds; }
    // Seconds from the start of the session to the start of a phase, if nothing is paused.
    int startSecondOf(int phaseIndex) const { return m_startSeconds.at(phaseIndex); }
    // The phase after index, for "what comes next"; -1 if none.
    int nextActivePhase(int index) const;

private:
    Routine m_routine;
    QList<Phase> m_phases;
    QList<int> m_startSeconds;
    int m_holdCount = 0;
    int m_totalSeconds = 0;
};

} // namespace footcoach
