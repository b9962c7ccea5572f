#pragma once

#include "footcoach/SessionEngine.h"
#include "footcoach/SessionPlan.h"

#include <QColor>
#include <QPalette>

namespace footcoach {

// What the user is asked to do at a moment of the session, as the screen shows it: each mood
// has a colour, a ring shape (CountdownRing) and a big word of its own, so that Hold, Relax and
// Paused differ from two metres away and for eyes that do not tell the colours apart.
enum class PhaseMood { Position, Hold, Relax, Switch, Paused, Done };

namespace PhaseLook {

// Paused wins over the phase: a paused hold must not look like one running.
PhaseMood moodOf(PhaseKind kind, EngineState state);
// The mood's colour for this palette: a deep tone on a light window, a bright one on a dark
// window (dark and high-contrast themes), at least 3:1 against the window either way.
QColor colour(PhaseMood mood, const QPalette& palette);

} // namespace PhaseLook

} // namespace footcoach
