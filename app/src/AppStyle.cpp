#include "AppStyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
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

} // namespace footcoach
