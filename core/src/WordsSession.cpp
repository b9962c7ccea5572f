#include "footcoach/Words.h"

// The session's announcements for screen readers, beside the other Words (Words.cpp).

namespace footcoach {

namespace {

QString switchTo(Side side) {
    switch (side) {
    case Side::Left:
        return Words::tr("Switch to the left leg");
    case Side::Right:
        return Words::tr("Switch to the right leg");
    case Side::Both:
        break;
    }
    return Words::tr("Switch legs");
}

} // namespace

QString Words::phaseAnnouncement(const SessionPlan& plan, int phaseIndex) {
    const Phase& phase = plan.phase(phaseIndex);
    const QList<Exercise>& exercises = plan.routine().exercises;
    const Exercise* exercise =
        phase.exerciseIndex >= 0 ? &exercises.at(phase.exerciseIndex) : nullptr;
    switch (phase.kind) {
    case PhaseKind::GetReady:
        return tr("Get ready: the session starts in %n seconds", nullptr, phase.seconds);
    case PhaseKind::Position:
        return tr("%1. %2: get into position")
            .arg(exercise ? exercise->title.forLocale(QLocale().name()) : QString(),
                 side(phase.side));
    case PhaseKind::SwitchSide:
        return switchTo(phase.side);
    case PhaseKind::Hold:
        return tr("%1, rep %2 of %3: hold for %n seconds", nullptr, phase.seconds)
            .arg(side(phase.side))
            .arg(phase.rep)
            .arg(exercise ? exercise->reps : phase.rep);
    case PhaseKind::Rest:
        return tr("Relax for %n seconds", nullptr, phase.seconds);
    case PhaseKind::Done:
        return tr("All done: the session is over");
    }
    return {};
}

QString Words::pausedAnnouncement() {
    return tr("Paused: press Space to go on");
}

QString Words::resumedAnnouncement(int secondsLeft) {
    return tr("Going on: %n seconds left", nullptr, secondsLeft);
}

} // namespace footcoach
