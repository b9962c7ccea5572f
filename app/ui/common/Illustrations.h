#pragma once

#include <QHash>
#include <QPalette>
#include <QPixmap>

class QPainter;
class QRectF;

namespace footcoach {

// Renders the step illustrations (SVG resources) in colours made from the current palette (the
// stretched leg in the text colour, the other leg and the props faded towards the background), and
// mirrored for the right leg, so one drawing serves both legs and both light and dark themes.
class Illustrations {
public:
    // name: the routine's illustration key ("calf-1") or a file path.
    QPixmap render(const QString& name, const QSize& size, qreal devicePixelRatio, bool mirrored,
                   const QPalette& palette);
    bool exists(const QString& name) const;
    // Paints the drawing as vectors in print colours (black, white and greys, so a
    // black-and-white printer loses nothing), as large as fits in box and centred; false when
    // there is no such drawing.
    bool paintForPrint(QPainter& painter, const QString& name, const QRectF& box,
                       bool mirrored) const;

private:
    QByteArray svgFor(const QString& name, const QPalette& palette) const;
    QHash<QString, QPixmap> m_cache;
};

} // namespace footcoach
