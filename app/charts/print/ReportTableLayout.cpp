#include "charts/print/ReportTableLayout.h"

#include <QFontMetricsF>

#include <algorithm>
#include <numeric>

namespace footcoach {

QFont ReportTableLayout::font(qreal points, bool bold) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, qRound(points)));
    f.setBold(bold);
    return f;
}

ReportTableLayout ReportTableLayout::fit(const QStringList& headers, const QList<QStringList>& rows,
                                         qreal width) {
    ReportTableLayout layout;
    for (qreal points = kMaxPoints;; points -= 0.5) {
        layout.points = points;
        // Bold throughout: the header and the total row are bold.
        const QFontMetricsF bold(font(points, true));
        QList<qreal> natural;
        for (int c = 0; c < int(headers.size()); ++c) {
            qreal w = 0;
            for (const QString& line : headers[c].split(QLatin1Char('\n')))
                w = std::max(w, bold.horizontalAdvance(line));
            for (const QStringList& row : rows)
                w = std::max(w, bold.horizontalAdvance(row.value(c)));
            natural.append(w + kPadding);
        }
        const qreal sum = std::accumulate(natural.cbegin(), natural.cend(), 0.0);
        if (sum <= width || points <= kMinPoints) {
            const qreal scale = width / sum;
            layout.widths.clear();
            for (const qreal w : natural)
                layout.widths.append(w * scale);
            return layout;
        }
    }
}

} // namespace footcoach
