#include "ui/session/CountdownRing.h"

#include <QPainter>

namespace footcoach {

CountdownRing::CountdownRing(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Seconds left"));
}

void CountdownRing::setValue(int secondsLeft, int totalSeconds, bool active) {
    if (secondsLeft == m_secondsLeft && totalSeconds == m_total && active == m_active)
        return;
    m_secondsLeft = secondsLeft;
    m_total = totalSeconds;
    m_active = active;
    setAccessibleDescription(tr("%n seconds left", nullptr, secondsLeft));
    update();
}

void CountdownRing::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int side = std::min(width(), height());
    const qreal pen = std::max(10.0, side * 0.07);
    const QRectF ring(QPointF((width() - side) / 2.0 + pen / 2, (height() - side) / 2.0 + pen / 2),
                      QSizeF(side - pen, side - pen));

    const QPalette& pal = palette();
    QColor track = pal.color(QPalette::WindowText);
    track.setAlphaF(0.12f);
    p.setPen(QPen(track, pen, Qt::SolidLine, Qt::FlatCap));
    p.drawEllipse(ring);

    if (m_total > 0) {
        const QColor fill = m_active ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
        p.setPen(QPen(fill, pen, Qt::SolidLine, Qt::RoundCap));
        const int span = static_cast<int>(-360.0 * 16 * m_secondsLeft / m_total);
        p.drawArc(ring, 90 * 16, span);
    }

    QFont f = font();
    f.setPixelSize(std::max(12, static_cast<int>(side * 0.36)));
    f.setBold(true);
    p.setFont(f);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(rect(), Qt::AlignCenter, QString::number(m_secondsLeft));
}

} // namespace footcoach
