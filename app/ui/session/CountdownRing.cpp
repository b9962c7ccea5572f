#include "ui/session/CountdownRing.h"

#include "ui/common/ColourContrast.h"

#include <QPainter>
#include <QPainterPath>

namespace footcoach {

namespace {

// The digits' box inside the ring's inner circle: wide enough for two digits, its corners
// clear of the ring.
constexpr qreal kDigitsWidth = 0.86;
constexpr qreal kDigitsHeight = 0.50;
// The ring's width, as a share of its size.
constexpr qreal kPenShare = 0.06;

QColor faded(QColor c, qreal alpha) {
    c.setAlphaF(static_cast<float>(alpha));
    return c;
}

} // namespace

CountdownRing::CountdownRing(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Seconds left"));
}

void CountdownRing::setValue(int secondsLeft, int totalSeconds, bool running) {
    if (secondsLeft == m_secondsLeft && totalSeconds == m_total && running == m_running)
        return;
    m_secondsLeft = secondsLeft;
    m_total = totalSeconds;
    m_running = running;
    setAccessibleDescription(tr("%n seconds left", nullptr, secondsLeft));
    update();
}

void CountdownRing::setMood(PhaseMood mood) {
    if (mood == m_mood)
        return;
    m_mood = mood;
    update();
}

void CountdownRing::setMinimumDigitHeight(int pixels) {
    if (pixels == m_minimumDigitHeight)
        return;
    m_minimumDigitHeight = pixels;
    updateGeometry();
}

CountdownRing::Geometry CountdownRing::geometry() const {
    const qreal side = std::min(width(), height());
    const qreal pen = std::max(6.0, side * kPenShare);
    const QRectF ring(QPointF((width() - side) / 2.0 + pen / 2, (height() - side) / 2.0 + pen / 2),
                      QSizeF(side - pen, side - pen));
    return {ring, pen};
}

// The largest bold font whose two digits fit the box inside the ring.
QFont CountdownRing::digitFont(const Geometry& g) const {
    const qreal inner = g.ring.width() - g.pen;
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(100);
    const QRectF probe = QFontMetricsF(f).tightBoundingRect(QStringLiteral("00"));
    const qreal scale = std::min(inner * kDigitsWidth / std::max(1.0, probe.width()),
                                 inner * kDigitsHeight / std::max(1.0, probe.height()));
    f.setPixelSize(std::max(8, static_cast<int>(100 * scale)));
    return f;
}

int CountdownRing::digitHeight() const {
    const QFont f = digitFont(geometry());
    return static_cast<int>(QFontMetricsF(f).tightBoundingRect(QStringLiteral("0")).height());
}

// Square, and large enough for digits of the minimum height.
QSize CountdownRing::minimumSizeHint() const {
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(100);
    const QRectF probe = QFontMetricsF(f).tightBoundingRect(QStringLiteral("00"));
    const qreal pixelSize = m_minimumDigitHeight * 100.0 / std::max(1.0, probe.height());
    const qreal digitsWidth = probe.width() * pixelSize / 100.0;
    const qreal inner = std::max(digitsWidth / kDigitsWidth, m_minimumDigitHeight / kDigitsHeight);
    const int side = static_cast<int>(std::ceil(inner / (1 - 2 * kPenShare))) + 2;
    return {side, side};
}

// No more than the least: the ring takes what room is left (it expands), and a larger hint
// would make the session page ask for more height than a small screen has.
QSize CountdownRing::sizeHint() const {
    return minimumSizeHint();
}

void CountdownRing::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    const QColor colour = PhaseLook::colour(m_mood, palette());
    paintTrack(p, g, colour);
    paintMark(p, g, colour);
}

// The ring itself: a faint full track, and over it the part of the phase still to run.
void CountdownRing::paintTrack(QPainter& p, const Geometry& g, const QColor& colour) const {
    const QColor ink = palette().color(QPalette::WindowText);
    const qreal fullPen = m_mood == PhaseMood::Relax ? g.pen * 0.45 : g.pen;
    p.setBrush(Qt::NoBrush);
    if (m_mood == PhaseMood::Relax) {
        p.setPen(Qt::NoPen);
        p.setBrush(faded(colour, 0.18));
        p.drawEllipse(g.ring);
        p.setBrush(Qt::NoBrush);
    }
    p.setPen(QPen(faded(ink, 0.12), fullPen, Qt::SolidLine, Qt::FlatCap));
    p.drawEllipse(g.ring);
    if (m_total <= 0 || m_mood == PhaseMood::Done)
        return;
    QPen pen(colour, fullPen, Qt::SolidLine, Qt::RoundCap);
    if (m_mood == PhaseMood::Position)
        pen = QPen(colour, fullPen, Qt::CustomDashLine, Qt::FlatCap);
    if (m_mood == PhaseMood::Position)
        pen.setDashPattern({1.2, 0.8});
    if (m_mood == PhaseMood::Switch) {
        pen.setStyle(Qt::CustomDashLine);
        pen.setDashPattern({0.01, 1.6}); // round dots
    }
    if (m_mood == PhaseMood::Paused)
        pen.setColor(faded(colour, 0.35));
    p.setPen(pen);
    const int span = static_cast<int>(-360.0 * 16 * m_secondsLeft / m_total);
    p.drawArc(g.ring, 90 * 16, span);
}

// What sits in the middle: the seconds, with the pause sign or the two-way arrow over them, or
// a tick when done.
void CountdownRing::paintMark(QPainter& p, const Geometry& g, const QColor& colour) const {
    const QColor ink = palette().color(QPalette::WindowText);
    const qreal inner = g.ring.width() - g.pen;
    const QPointF c = g.ring.center();
    if (m_mood == PhaseMood::Done) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(c, inner * 0.42, inner * 0.42);
        QPainterPath tick;
        tick.moveTo(c + QPointF(-0.20, 0.00) * inner);
        tick.lineTo(c + QPointF(-0.05, 0.15) * inner);
        tick.lineTo(c + QPointF(0.22, -0.14) * inner);
        p.setPen(QPen(ColourContrast::textOn(colour), inner * 0.07, Qt::SolidLine, Qt::RoundCap,
                      Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        return;
    }
    const QFont f = digitFont(g);
    p.setFont(f);
    p.setPen(m_mood == PhaseMood::Paused ? faded(ink, 0.55) : ink);
    p.drawText(g.ring, Qt::AlignCenter, QString::number(m_secondsLeft));

    const qreal markTop = c.y() - inner * 0.43;
    const qreal markHeight = inner * 0.14;
    if (m_mood == PhaseMood::Paused) {
        // Two bars, as on any player's pause button.
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        const qreal w = markHeight * 0.38;
        p.drawRoundedRect(QRectF(c.x() - w * 1.5, markTop, w, markHeight), w / 3, w / 3);
        p.drawRoundedRect(QRectF(c.x() + w * 0.5, markTop, w, markHeight), w / 3, w / 3);
    } else if (m_mood == PhaseMood::Switch) {
        // Arrows both ways: from one leg to the other.
        const qreal half = inner * 0.16;
        const qreal y1 = markTop + markHeight * 0.25;
        const qreal y2 = markTop + markHeight * 0.8;
        const qreal head = markHeight * 0.35;
        QPainterPath arrows;
        arrows.moveTo(c.x() - half, y1);
        arrows.lineTo(c.x() + half, y1);
        arrows.moveTo(c.x() + half - head, y1 - head);
        arrows.lineTo(c.x() + half, y1);
        arrows.lineTo(c.x() + half - head, y1 + head);
        arrows.moveTo(c.x() + half, y2);
        arrows.lineTo(c.x() - half, y2);
        arrows.moveTo(c.x() - half + head, y2 - head);
        arrows.lineTo(c.x() - half, y2);
        arrows.lineTo(c.x() - half + head, y2 + head);
        p.setPen(QPen(colour, markHeight * 0.16, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(arrows);
    }
}

} // namespace footcoach
