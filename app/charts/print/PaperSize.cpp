#include "charts/print/PaperSize.h"

#include <QLocale>

#include <algorithm>
#include <array>

namespace footcoach {

QPageSize PaperSize::forLocale(const QLocale& locale) {
    // Metric countries whose offices still print on Letter.
    static constexpr std::array kLetterTerritories = {
        QLocale::Canada,   QLocale::Mexico,     QLocale::Philippines,       QLocale::Chile,
        QLocale::Colombia, QLocale::Venezuela,  QLocale::CostaRica,         QLocale::Guatemala,
        QLocale::Panama,   QLocale::PuertoRico, QLocale::DominicanRepublic, QLocale::ElSalvador,
        QLocale::Nicaragua};
    const bool letter = locale.measurementSystem() == QLocale::ImperialUSSystem ||
                        std::find(kLetterTerritories.begin(), kLetterTerritories.end(),
                                  locale.territory()) != kLetterTerritories.end();
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

} // namespace footcoach
