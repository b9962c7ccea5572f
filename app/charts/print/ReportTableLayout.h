#pragma once

#include <QFont>
#include <QList>
#include <QStringList>

namespace footcoach {

// Column widths for the report's weekly table, from what the columns hold: a header word such
// as "Estiramientos" is longer than the English one. Each column gets its widest line (headers
// may hold two lines, split at "\n"); the rest of the width is shared out in proportion. When
// even that does not fit, the table's type is made smaller, down to kMinPoints.
struct ReportTableLayout {
    static constexpr qreal kMaxPoints = 9.5;
    static constexpr qreal kMinPoints = 7;
    // Left and right padding in a cell, with a little air.
    static constexpr qreal kPadding = 10;

    qreal points = kMaxPoints;
    QList<qreal> widths; // sum to the width given

    // The report's table font at a size (after the painter's scale, one pixel is one point).
    static QFont font(qreal points, bool bold);
    static ReportTableLayout fit(const QStringList& headers, const QList<QStringList>& rows,
                                 qreal width);
};

} // namespace footcoach
