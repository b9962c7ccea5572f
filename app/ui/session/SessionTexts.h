#pragma once

#include "footcoach/SessionPlan.h"

#include <QCoreApplication>
#include <QString>

namespace footcoach {

// The words the session screen shows for its phases.
class SessionTexts {
    Q_DECLARE_TR_FUNCTIONS(SessionTexts)
public:
    // The phase's big word: "Hold the stretch", "Relax".
    static QString phaseWord(PhaseKind kind);
    // What comes after phaseIndex, under the countdown; empty after the last phase.
    static QString nextPhase(const SessionPlan& plan, int phaseIndex, const QString& locale);
    // The leg in capitals with an arrow towards it: the banner is read from across the room.
    static QString legBanner(Side side);
};

} // namespace footcoach
