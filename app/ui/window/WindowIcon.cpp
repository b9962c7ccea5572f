#include "ui/window/WindowIcon.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace footcoach {

QIcon WindowIcon::make() {
    QSvgRenderer svg(QStringLiteral(":/icons/footcoach.svg"));
    QIcon icon;
    for (const int size : {16, 32, 48, 64}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

} // namespace footcoach
