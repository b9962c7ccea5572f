#include "ui/common/AppStyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOption>
#include <QWidget>

namespace footcoach {

namespace {

// A "»" pointing right (horizontal bars) or down (vertical ones), in the text colour.
QPixmap chevron(int size, bool vertical, const QColor& colour) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    if (vertical) {
        p.translate(size, 0);
        p.rotate(90);
    }
    const qreal s = size;
    QPainterPath path;
    for (const qreal x : {0.25 * s, 0.5 * s}) {
        path.moveTo(x, 0.25 * s);
        path.lineTo(x + 0.25 * s, 0.5 * s);
        path.lineTo(x, 0.75 * s);
    }
    p.setPen(QPen(colour, s / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    return pixmap;
}

bool hasFocus(const QStyleOption* option) {
    return (option->state & QStyle::State_HasFocus) && (option->state & QStyle::State_Enabled);
}

// Inside rect, so that it is never clipped by the widget's edge.
void drawFocusRing(QPainter* painter, const QRectF& rect, const QPalette& palette) {
    const qreal w = AppStyle::kFocusRingWidth;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette.color(QPalette::Highlight), w));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect.adjusted(w / 2, w / 2, -w / 2, -w / 2), 3, 3);
    painter->restore();
}

} // namespace

AppStyle::AppStyle(const QString& baseKey)
    : QProxyStyle(baseKey) {}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                             const QWidget* widget) const {
    if (icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton) {
        const QColor colour =
            (widget ? widget->palette() : QApplication::palette()).color(QPalette::ButtonText);
        const bool vertical = icon == SP_ToolBarVerticalExtensionButton;
        QIcon result;
        for (const int size : {16, 32})
            result.addPixmap(chevron(size, vertical, colour));
        return result;
    }
    return QProxyStyle::standardIcon(icon, option, widget);
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                             QPainter* painter, const QWidget* widget) const {
    if (element == PE_FrameFocusRect) {
        drawFocusRing(painter, option->rect, option->palette);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void AppStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                           const QWidget* widget) const {
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_PushButton && hasFocus(option))
        drawFocusRing(painter, option->rect, option->palette);
}

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                  QPainter* painter, const QWidget* widget) const {
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control == CC_ComboBox || control == CC_SpinBox || control == CC_Slider) &&
        hasFocus(option))
        drawFocusRing(painter, option->rect, option->palette);
}

} // namespace footcoach
