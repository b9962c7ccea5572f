#include "ui/common/StatusStyle.h"

#include <QPainter>
#include <QPainterPath>

namespace footcoach {

QColor StatusStyle::color(SlotStatus status) {
    switch (status) {
    case SlotStatus::Done:
        return QColor(0x00, 0x72, 0xB2); // blue
    case SlotStatus::Partial:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case SlotStatus::Missed:
        return QColor(0xD5, 0x5E, 0x00); // vermilion
    case SlotStatus::Upcoming:
        return QColor(0x80, 0x80, 0x80); // grey
    case SlotStatus::NotTracked:
        return QColor(0xA0, 0xA0, 0xA0); // light grey
    }
    return Qt::black;
}

void StatusStyle::paint(QPainter& painter, const QRectF& rect, SlotStatus status) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(rect.width(), rect.height());
    const qreal stroke = side * 0.12;
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const QRectF disc = box.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2);
    const QColor c = color(status);
    switch (status) {
    case SlotStatus::Done: {
        painter.setPen(QPen(c.darker(130), stroke / 2));
        painter.setBrush(c);
        painter.drawEllipse(disc);
        QPainterPath tick;
        tick.moveTo(box.left() + side * 0.27, box.top() + side * 0.52);
        tick.lineTo(box.left() + side * 0.44, box.top() + side * 0.69);
        tick.lineTo(box.left() + side * 0.74, box.top() + side * 0.33);
        painter.setPen(QPen(Qt::white, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
        break;
    }
    case SlotStatus::Partial: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(disc);
        // The left half filled: half of the session was done.
        QPainterPath half;
        half.moveTo(disc.center());
        half.arcTo(disc, 90, 180);
        half.closeSubpath();
        painter.setBrush(c);
        painter.drawPath(half);
        painter.setPen(QPen(c.darker(160), stroke * 0.8));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(disc);
        break;
    }
    case SlotStatus::Missed: {
        const qreal inset = side * 0.2;
        painter.setPen(QPen(c, stroke * 1.3, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(box.left() + inset, box.top() + inset),
                         QPointF(box.right() - inset, box.bottom() - inset));
        painter.drawLine(QPointF(box.right() - inset, box.top() + inset),
                         QPointF(box.left() + inset, box.bottom() - inset));
        break;
    }
    case SlotStatus::Upcoming: {
        QPen pen(c, stroke * 0.6, Qt::DashLine, Qt::FlatCap);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(disc.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2));
        break;
    }
    case SlotStatus::NotTracked: {
        // A small dot: the day is there, but nothing was asked of it yet.
        painter.setPen(Qt::NoPen);
        painter.setBrush(c);
        const qreal r = side * 0.1;
        painter.drawEllipse(box.center(), r, r);
        break;
    }
    }
    painter.restore();
}

QImage StatusStyle::image(SlotStatus status, int pixels) {
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, pixels, pixels), status);
    return image;
}

} // namespace footcoach
