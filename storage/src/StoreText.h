#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace footcoach {

// How the store writes dates and instants as text, shared by its writing and reading halves.
inline QString isoDate(const QDate& date) {
    return date.toString(Qt::ISODate);
}

// ISO 8601 local time with its offset, always as +HH:MM so spreadsheets and people see the
// offset even for UTC.
inline QString isoWithOffset(qint64 utcMs, int offsetSeconds) {
    const QDateTime local =
        QDateTime::fromMSecsSinceEpoch(utcMs + qint64(offsetSeconds) * 1000, Qt::UTC);
    const int magnitude = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    return local.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) +
           (offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(magnitude / 3600, 2, 10, QLatin1Char('0'))
               .arg((magnitude % 3600) / 60, 2, 10, QLatin1Char('0'));
}

// SQL: whether the session aliased `s` is an extra one (format 3's `extra` column; the slot
// column keeps the half of the day it began in, for readers that know no extra sessions).
inline QString isExtraSql() {
    return QStringLiteral("s.extra = 1");
}
// SQL: the slot as exports show it: morning, evening or extra.
inline QString slotTextSql() {
    return QStringLiteral("CASE WHEN %1 THEN 'extra' ELSE s.slot END").arg(isExtraSql());
}

} // namespace footcoach
