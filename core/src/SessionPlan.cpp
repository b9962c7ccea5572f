#include "footcoach/SessionPlan.h"

namespace footcoach {

QString toString(PhaseKind kind) {
    switch (kind) {
    case PhaseKind::GetReady:
        return QStringLiteral("get-ready");
    case PhaseKind::Position:
        return QStringLiteral("position");
    case PhaseKind::Hold:
        return QStringLiteral("hold");
    case PhaseKind::Rest:
        return QStringLiteral("rest");
    case PhaseKind::SwitchSide:
        return QStringLiteral("switch-side");
    case PhaseKind::Done:
        return QStringLiteral("done");
    }
    return {};
}

SessionPlan::SessionPlan(Routine routine)
    : m_routine(std::move(routine)) {
    auto add = [this](Phase phase) {
        if (phase.seconds <= 0 && phase.kind != PhaseKind::Done)
            return;
        m_startSeconds.append(m_totalSeconds);
        m_totalSeconds += phase.seconds;
        m_phases.append(phase);
    };

    add({PhaseKind::GetReady, m_routine.prepareSeconds});
    for (int e = 0; e < m_routine.exercises.size(); ++e) {
        const Exercise& exercise = m_routine.exercises.at(e);
        for (int s = 0; s < exercise.sides.size(); ++s) {
            const Side side = exercise.sides.at(s);
            const PhaseKind lead = s == 0 ? PhaseKind::Position : PhaseKind::SwitchSide;
            add({lead, exercise.positionSeconds, e, side});
            for (int rep = 1; rep <= exercise.reps; ++rep) {
                add({PhaseKind::Hold, exercise.holdSeconds, e, side, rep, m_holdCount++});
                if (rep < exercise.reps)
                    add({PhaseKind::Rest, exercise.restSeconds, e, side, rep});
            }
        }
    }
    add({PhaseKind::Done, 0});
}

int SessionPlan::nextActivePhase(int index) const {
    for (int i = index + 1; i < phaseCount(); ++i) {
        const PhaseKind kind = m_phases.at(i).kind;
        if (kind == PhaseKind::Hold || kind == PhaseKind::Position ||
            kind == PhaseKind::SwitchSide || kind == PhaseKind::Done)
            return i;
    }
    return -1;
}

} // namespace footcoach
