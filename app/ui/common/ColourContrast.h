#pragma once

#include <QColor>

namespace footcoach::ColourContrast {

// WCAG 2 relative luminance (0 black, 1 white) and contrast ratio (1 to 21): 4.5 is the least
// for text, 3 for large text and for shapes.
double luminance(const QColor& colour);
double ratio(const QColor& a, const QColor& b);
// Black or white, whichever reads better on fill.
QColor textOn(const QColor& fill);

} // namespace footcoach::ColourContrast
