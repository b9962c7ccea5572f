#pragma once

#include "ui/session/PhaseLook.h"

#include <QWidget>

namespace footcoach {

// A large ring that empties as a phase runs out, with the whole seconds left in the middle.
// Its shape tells the mood apart: dashes while getting into position, a thick solid ring while
// holding, a thin ring round a soft disc while relaxing, dots and a two-way arrow when switching
// legs, a dimmed ring under a pause sign when paused, and a tick when done. The digits grow with
// the room the ring has.
class CountdownRing : public QWidget {
    Q_OBJECT
public:
    explicit CountdownRing(QWidget* parent = nullptr);

    // Repaints only when what is shown changes.
    void setValue(int secondsLeft, int totalSeconds, bool running);
    void setMood(PhaseMood mood);
    int secondsLeft() const { return m_secondsLeft; }
    PhaseMood mood() const { return m_mood; }
    // The height of the digits at the ring's present size, in pixels.
    int digitHeight() const;
    // The digits are never smaller than this (the leg banner's text): the ring asks for room.
    void setMinimumDigitHeight(int pixels);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Geometry {
        QRectF ring;
        qreal pen;
    };
    Geometry geometry() const;
    QFont digitFont(const Geometry& g) const;
    void paintTrack(QPainter& p, const Geometry& g, const QColor& colour) const;
    void paintMark(QPainter& p, const Geometry& g, const QColor& colour) const;

    int m_secondsLeft = 0;
    int m_total = 0;
    bool m_running = false;
    PhaseMood m_mood = PhaseMood::Position;
    int m_minimumDigitHeight = 24;
};

} // namespace footcoach
