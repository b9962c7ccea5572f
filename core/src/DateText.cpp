#include "footcoach/DateText.h"

namespace footcoach {

namespace {

QString withoutWeekday(QString format) {
    for (const char* part : {"dddd, ", "dddd ", ", dddd", "dddd"})
        format.remove(QLatin1String(part));
    return format.trimmed();
}

} // namespace

QString DateText::dayMonthFormat(const QLocale& locale) {
    if (locale.language() == QLocale::German)
        return QStringLiteral("d. MMM");
    if (locale.language() == QLocale::English && locale.territory() == QLocale::UnitedStates)
        return QStringLiteral("MMM d");
    return QStringLiteral("d MMM");
}

QString DateText::dayLongMonth(const QDate& date, const QLocale& locale) {
    QString format = QStringLiteral("d MMMM");
    if (locale.language() == QLocale::German)
        format = QStringLiteral("d. MMMM");
    else if (locale.language() == QLocale::Spanish)
        format = QStringLiteral("d 'de' MMMM");
    else if (locale.language() == QLocale::English && locale.territory() == QLocale::UnitedStates)
        format = QStringLiteral("MMMM d");
    return locale.toString(date, format);
}

QString DateText::longDate(const QDate& date, const QLocale& locale) {
    return locale.toString(date, withoutWeekday(locale.dateFormat(QLocale::LongFormat)));
}

QString DateText::dayMonth(const QDate& date, const QLocale& locale) {
    return locale.toString(date, dayMonthFormat(locale));
}

QString DateText::weekdayDayMonth(const QDate& date, const QLocale& locale) {
    return QStringLiteral("%1, %2").arg(locale.toString(date, QStringLiteral("ddd")),
                                        dayMonth(date, locale));
}

} // namespace footcoach
