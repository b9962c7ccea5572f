#pragma once

#include <QHash>
#include <QPalette>
#include <QPixmap>

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

private:
    QByteArray svgFor(const QString& name, const QPalette& palette) const;
    QHash<QString, QPixmap> m_cache;
};

} // namespace footcoach
