#include "ui/common/Illustrations.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

namespace footcoach {

namespace {

QString resourcePath(const QString& name) {
    if (name.contains(QLatin1Char('/')) || name.endsWith(QLatin1String(".svg")))
        return name;
    return QStringLiteral(":/illustrations/%1.svg").arg(name);
}

// The drawings use five fixed colours; these are swapped for the palette's at render time.
const QByteArray kInk = "#1f2933";
const QByteArray kBody = "#ffffff";
const QByteArray kProps = "#9aa5b1";
const QByteArray kHighlightTint = "#fde6cf";
const QByteArray kHighlight = "#e8710a";

QByteArray hex(const QColor& c) {
    return c.name(QColor::HexRgb).toLatin1();
}

} // namespace

bool Illustrations::exists(const QString& name) const {
    return !name.isEmpty() && QFile::exists(resourcePath(name));
}

QByteArray Illustrations::svgFor(const QString& name, const QPalette& palette) const {
    QFile file(resourcePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (dark) {
        svg.replace(kInk, hex(palette.color(QPalette::WindowText)));
        svg.replace(kBody, hex(palette.color(QPalette::Base)));
        svg.replace(kProps, "#6b7785");
        svg.replace(kHighlightTint, "#5a3a1c");
    }
    return svg;
}

bool Illustrations::paintForPrint(QPainter& painter, const QString& name, const QRectF& box,
                                  bool mirrored) const {
    QFile file(resourcePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray svg = file.readAll();
    // Greys that stay apart on paper: the figure black, the stretched part and the arrows a
    // dark grey, the props a light one.
    svg.replace(kInk, "#000000");
    svg.replace(kHighlight, "#595959");
    svg.replace(kHighlightTint, "#e0e0e0");
    svg.replace(kProps, "#a6a6a6");
    QSvgRenderer renderer(svg);
    if (!renderer.isValid() || box.isEmpty())
        return false;
    QSizeF drawn = renderer.viewBoxF().size();
    drawn.scale(box.size(), Qt::KeepAspectRatio);
    const QRectF target(box.center() - QPointF(drawn.width() / 2, drawn.height() / 2), drawn);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (mirrored) {
        painter.translate(target.center());
        painter.scale(-1, 1);
        painter.translate(-target.center());
    }
    renderer.render(&painter, target);
    painter.restore();
    return true;
}

QPixmap Illustrations::render(const QString& name, const QSize& size, qreal devicePixelRatio,
                              bool mirrored, const QPalette& palette) {
    const QString key = QStringLiteral("%1|%2x%3|%4|%5|%6")
                            .arg(name)
                            .arg(size.width())
                            .arg(size.height())
                            .arg(devicePixelRatio)
                            .arg(mirrored)
                            .arg(palette.color(QPalette::Window).name());
    if (auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;

    QPixmap pixmap;
    QSvgRenderer renderer(svgFor(name, palette));
    if (renderer.isValid() && !size.isEmpty()) {
        // Keep the drawing's aspect ratio inside the requested box.
        const QSizeF box = QSizeF(size) * devicePixelRatio;
        QSizeF drawn = renderer.viewBoxF().size();
        drawn.scale(box, Qt::KeepAspectRatio);
        pixmap = QPixmap(drawn.toSize());
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        if (mirrored) {
            painter.translate(pixmap.width(), 0);
            painter.scale(-1, 1);
        }
        renderer.render(&painter, QRectF(QPointF(0, 0), drawn));
        painter.end();
        pixmap.setDevicePixelRatio(devicePixelRatio);
    }
    if (m_cache.size() > 64)
        m_cache.clear();
    m_cache.insert(key, pixmap);
    return pixmap;
}

} // namespace footcoach
