#include "footcoach/Words.h"

namespace footcoach {

QString Words::duration(int seconds) {
    const int minutes = seconds / 60;
    const int rest = seconds % 60;
    if (minutes == 0)
        return tr("%n s", nullptr, rest);
    if (rest == 0)
        return tr("%n min", nullptr, minutes);
    return tr("%1 min %2 s").arg(minutes).arg(rest);
}

QString Words::clockTime(const QTime& time, const QLocale& locale) {
    // Some locales' short format has seconds.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(time, format);
}

QString Words::slotStatus(SlotStatus status) {
    switch (status) {
    case SlotStatus::Done:
        return tr("Done");
    case SlotStatus::Partial:
        return tr("Partly done");
    case SlotStatus::Missed:
        return tr("Missed");
    case SlotStatus::Upcoming:
        return tr("Not yet");
    case SlotStatus::NotTracked:
        return tr("Before your first session");
    }
    return {};
}

QString Words::side(Side side) {
    switch (side) {
    case Side::Left:
        return tr("Left leg");
    case Side::Right:
        return tr("Right leg");
    case Side::Both:
        return tr("Both legs");
    }
    return {};
}

QString Words::slot(Slot slot) {
    return slot == Slot::Morning ? tr("Morning") : tr("Evening");
}

QString Words::extra() {
    return tr("Extra");
}

} // namespace footcoach
