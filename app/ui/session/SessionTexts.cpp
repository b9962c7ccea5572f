#include "ui/session/SessionTexts.h"

#include "footcoach/Words.h"

#include <QLocale>

namespace footcoach {

QString SessionTexts::phaseWord(PhaseKind kind) {
    switch (kind) {
    case PhaseKind::GetReady:
        return tr("Get ready");
    case PhaseKind::Position:
        return tr("Get into position");
    case PhaseKind::SwitchSide:
        return tr("Switch legs");
    case PhaseKind::Hold:
        return tr("Hold the stretch");
    case PhaseKind::Rest:
        return tr("Relax");
    case PhaseKind::Done:
        return tr("All done");
    }
    return {};
}

QString SessionTexts::nextPhase(const SessionPlan& plan, int phaseIndex, const QString& locale) {
    const int nextIndex = plan.nextActivePhase(phaseIndex);
    if (nextIndex < 0)
        return {};
    const Phase& n = plan.phase(nextIndex);
    const QString nextTitle =
        n.exerciseIndex >= 0 ? plan.routine().exercises.at(n.exerciseIndex).title.forLocale(locale)
                             : QString();
    switch (n.kind) {
    case PhaseKind::Hold:
        return tr("Next: hold %n seconds", nullptr, n.seconds);
    case PhaseKind::Rest:
        return tr("Next: relax for %n seconds", nullptr, n.seconds);
    case PhaseKind::Position:
        return tr("Next: %1").arg(nextTitle);
    case PhaseKind::SwitchSide:
        return tr("Next: switch to the other leg");
    case PhaseKind::Done:
        return tr("Next: finished");
    default:
        return {};
    }
}

QString SessionTexts::legBanner(Side side) {
    const QString legWords = QLocale().toUpper(Words::side(side));
    return side == Side::Left    ? QStringLiteral("◀ ") + legWords
           : side == Side::Right ? legWords + QStringLiteral(" ▶")
                                 : legWords;
}

} // namespace footcoach
