#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace footcoach {

// Dates written the way the interface language writes them ("3. März 2025", "3 de marzo de
// 2025", "March 3, 2025"), without the weekday that the locale's long format adds.
class DateText {
public:
    static QString longDate(const QDate& date, const QLocale& locale = QLocale());
    // Day and short month: "3. März", "3 mar", "Mar 3".
    static QString dayMonth(const QDate& date, const QLocale& locale = QLocale());
    // Day and full month: "3. März", "3 de marzo", "March 3".
    static QString dayLongMonth(const QDate& date, const QLocale& locale = QLocale());
    // The format behind dayMonth, for axes that take a format string.
    static QString dayMonthFormat(const QLocale& locale = QLocale());
    // Short weekday, day and short month: "Mo., 3. März", "lun, 3 mar", "Mon, Mar 3".
    static QString weekdayDayMonth(const QDate& date, const QLocale& locale = QLocale());
};

} // namespace footcoach
