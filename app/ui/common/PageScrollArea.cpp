#include "ui/common/PageScrollArea.h"

#include <QFontMetrics>

namespace footcoach {

QSize PageScrollArea::sizeHint() const {
    // A modest page in the font's own units, as a parent's layout may still ask.
    const QFontMetrics metrics(font());
    return {metrics.averageCharWidth() * 80, metrics.height() * 24};
}

} // namespace footcoach
