#include "ui/common/ColourContrast.h"

#include <cmath>

namespace footcoach::ColourContrast {

double luminance(const QColor& colour) {
    auto linear = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

double ratio(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textOn(const QColor& fill) {
    return ratio(fill, Qt::black) >= ratio(fill, Qt::white) ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace footcoach::ColourContrast
