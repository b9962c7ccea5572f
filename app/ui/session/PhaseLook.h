#pragma once

#include "footcoach/SessionEngine.h"
#include "footcoach/SessionPlan.h"

#include <QColor>
#include <QPalette>

class QLabel;

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
// The phase's big word on its mood's colour, in black or white, whichever reads better on it.
// window: the screen's palette (the label's own has the banner's colour once styled).
void styleBanner(QLabel* label, PhaseMood mood, const QPalette& window);
// The leg banner: left and right in clearly different colours, so the leg is never in doubt.
void styleLegBanner(QLabel* label, Side side);

} // namespace PhaseLook

} // namespace footcoach
