#pragma once

#include <QIcon>

namespace footcoach {

// The application's window icon, drawn from its SVG at the sizes window managers ask for
// (16, 32, 48, 64). QIcon on the SVG file would load Qt's SVG icon plugin, and reading PNGs
// makes Qt load and probe every image-format plugin; QSvgRenderer, which the illustrations use
// anyway, needs neither, which keeps them out of start-up.
class WindowIcon {
public:
    static QIcon make();
};

} // namespace footcoach
