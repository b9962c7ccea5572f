#include "ui/common/Illustrations.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

namespace footcoach {

namespace {

QString resourcePath(const QString& name) {
    if (name.contains(QLatin1Char('/')) || name.endsWith(QLatin1String(".svg")))
        return name;
    return QStringLiteral(":/illustrations/%1.svg").arg(name);
}

// The drawings use a few fixed colours, each with one meaning; these are swapped for colours
// made from the palette at render time.
const QByteArray kStretchedLeg = "#0b0f14";
const QByteArray kInk = "#1f2933";
const QByteArray kOtherLeg = "#8795a3";
const QByteArray kProps = "#9aa5b1";
const QByteArray kAccent = "#e8710a";
const QByteArray kHighlightTint = "#fde6cf";
const QByteArray kHighlight = "#e8710a";

// share of a, the rest b: the softer parts are the text colour faded towards the background,
// so they keep their order of prominence in any palette.
QColor mix(const QColor& a, const QColor& b, qreal share) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * share + b.redF() * (1 - share)),
                            static_cast<float>(a.greenF() * share + b.greenF() * (1 - share)),
                            static_cast<float>(a.blueF() * share + b.blueF() * (1 - share)));
}

QByteArray hex(const QColor& c) {
    return c.name(QColor::HexRgb).toLatin1();
}

bool isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Every "#rrggbb" swapped at once: swapping one colour after another would swap again a
// colour just put in (white text became the white body's dark fill, and the figure vanished).
QByteArray recolour(const QByteArray& svg, const QHash<QByteArray, QByteArray>& colours) {
    QByteArray out;
    out.reserve(svg.size());
    for (qsizetype i = 0; i < svg.size(); ++i) {
        if (svg.at(i) == '#' && i + 7 <= svg.size()) {
            const QByteArray token = svg.mid(i, 7).toLower();
            const bool isColour = std::all_of(token.begin() + 1, token.end(), isHexDigit);
            if (const auto it = colours.constFind(token); isColour && it != colours.cend()) {
                out += *it;
                i += 6;
                continue;
            }
        }
        out += svg.at(i);
    }
    return out;
}

QHash<QByteArray, QByteArray> coloursFor(const QPalette& palette) {
    const QColor ink = palette.color(QPalette::WindowText);
    const QColor ground = palette.color(QPalette::Window);
    const bool dark = ground.lightness() < 128;
    // The orange of the stretched muscle and the arrows, lighter on a dark ground.
    const QColor accent = dark ? QColor(0xff, 0x9d, 0x4d) : QColor(0xe8, 0x71, 0x0a);
    return {
        {kStretchedLeg, hex(ink)},
        {kInk, hex(mix(ink, ground, 0.88))},
        {kOtherLeg, hex(mix(ink, ground, 0.45))},
        {kProps, hex(mix(ink, ground, 0.35))},
        {kAccent, hex(accent)},
        {kHighlightTint, hex(mix(accent, ground, 0.28))},
    };
}

} // namespace

bool Illustrations::exists(const QString& name) const {
    return !name.isEmpty() && QFile::exists(resourcePath(name));
}

QByteArray Illustrations::svgFor(const QString& name, const QPalette& palette) const {
    QFile file(resourcePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return recolour(file.readAll(), coloursFor(palette));
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
    const QString key = QStringLiteral("%1|%2x%3|%4|%5|%6|%7")
                            .arg(name)
                            .arg(size.width())
                            .arg(size.height())
                            .arg(devicePixelRatio)
                            .arg(mirrored)
                            .arg(palette.color(QPalette::Window).name(),
                                 palette.color(QPalette::WindowText).name());
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
