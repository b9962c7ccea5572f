#pragma once

#include "footcoach/Adherence.h"

#include <QColor>
#include <QImage>
#include <QString>

class QPainter;
class QRectF;

namespace footcoach {

// How a slot's status looks everywhere (charts, legends, the report): a colour from the
// Okabe-Ito palette, which colour-blind eyes tell apart, and a shape that differs even in
// black and white: a filled disc with a tick, a half-filled ring, a cross, a dashed ring.
class StatusStyle {
public:
    static QColor color(SlotStatus status);
    // Draws the mark into rect (a square works best), as vectors: crisp on paper too.
    static void paint(QPainter& painter, const QRectF& rect, SlotStatus status);
    // The mark as an image with a transparent background, for chart markers.
    static QImage image(SlotStatus status, int pixels);

    // The two lines of the symptom trend and the weekly bars.
    static QColor beforeColor() { return QColor(0xD5, 0x5E, 0x00); }   // vermilion
    static QColor afterColor() { return QColor(0x00, 0x72, 0xB2); }    // blue
    static QColor barColor() { return QColor(0x56, 0xB4, 0xE9); }      // sky blue
    static QColor shownBarColor() { return QColor(0x00, 0x4B, 0x7A); } // dark blue
};

} // namespace footcoach
