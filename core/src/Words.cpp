#include "footcoach/Words.h"

#include "footcoach/DateText.h"

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

namespace footcoach {

namespace {

QString fileName(const QString& path) {
    return path.section(QLatin1Char('/'), -1);
}

QString timesText(int reps, int was, bool eachLeg) {
    return eachLeg ? Words::tr("%n times on each leg (was %1)", nullptr, reps).arg(was)
                   : Words::tr("%n times (was %1)", nullptr, reps).arg(was);
}

// The values that changed, as phrases; prefix names the move when not all moves changed.
QStringList valueChanges(std::optional<int> reps0, std::optional<int> reps1,
                         std::optional<int> hold0, std::optional<int> hold1,
                         std::optional<int> min0, std::optional<int> min1, std::optional<int> rest0,
                         std::optional<int> rest1, bool eachLeg) {
    QStringList parts;
    if (reps0 && reps1 && *reps0 != *reps1)
        parts << timesText(*reps1, *reps0, eachLeg);
    if (hold0 && hold1 && *hold0 != *hold1)
        parts << Words::tr("hold %n s (was %1 s)", nullptr, *hold1).arg(*hold0);
    if (min0 && min1 && *min0 != *min1)
        parts << Words::tr("%n s counts as done (was %1 s)", nullptr, *min1).arg(*min0);
    if (rest0 && rest1 && *rest0 != *rest1)
        parts << Words::tr("rest %n s between holds (was %1 s)", nullptr, *rest1).arg(*rest0);
    return parts;
}

QStringList sourceChanges(const Prescription& before, const Prescription& after) {
    if (!before.routineFile || !after.routineFile || *before.routineFile == *after.routineFile) {
        if (before.routineId == after.routineId && before.routineVersion != after.routineVersion)
            return {after.isBuiltIn()
                        ? Words::tr("a new version of the built-in routine (version %1, was %2)")
                              .arg(after.routineVersion)
                              .arg(before.routineVersion)
                        : Words::tr("a new version of the routine (version %1, was %2)")
                              .arg(after.routineVersion)
                              .arg(before.routineVersion)};
        return {};
    }
    if (after.routineFile->isEmpty())
        return {Words::tr("the built-in routine (was routine file %1)")
                    .arg(fileName(*before.routineFile))};
    if (before.routineFile->isEmpty())
        return {Words::tr("routine file %1 (was the built-in)").arg(fileName(*after.routineFile))};
    return {Words::tr("routine file %1 (was %2)")
                .arg(fileName(*after.routineFile), fileName(*before.routineFile))};
}

const PrescribedMove* findMove(const QList<PrescribedMove>& moves, const QString& id) {
    for (const PrescribedMove& m : moves) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

// Moves added, left out, or changed one by one (when the moves do not share their values).
QStringList moveChanges(const Prescription& before, const Prescription& after,
                        const QString& localeName) {
    QStringList parts;
    for (const PrescribedMove& m : after.moves) {
        const PrescribedMove* old = findMove(before.moves, m.id);
        if (!old) {
            parts << Words::tr("new move: %1").arg(m.title.forLocale(localeName));
            continue;
        }
        // A value every move shares, before and after, is told once for all of them.
        auto own = [](const std::optional<int>& was, const std::optional<int>& is, int value) {
            return was && is ? std::nullopt : std::optional<int>(value);
        };
        for (const QString& p : valueChanges(
                 own(before.reps, after.reps, old->reps), own(before.reps, after.reps, m.reps),
                 own(before.holdSeconds, after.holdSeconds, old->holdSeconds),
                 own(before.holdSeconds, after.holdSeconds, m.holdSeconds),
                 own(before.minHoldSeconds, after.minHoldSeconds, old->minHoldSeconds),
                 own(before.minHoldSeconds, after.minHoldSeconds, m.minHoldSeconds),
                 own(before.restSeconds, after.restSeconds, old->restSeconds),
                 own(before.restSeconds, after.restSeconds, m.restSeconds), m.eachLeg()))
            parts << Words::tr("%1: %2").arg(m.title.forLocale(localeName), p);
    }
    for (const PrescribedMove& m : before.moves) {
        if (!findMove(after.moves, m.id))
            parts << Words::tr("no longer: %1").arg(m.title.forLocale(localeName));
    }
    return parts;
}

} // namespace

QStringList Words::prescriptionChanges(const Prescription& before, const Prescription& after) {
    if (before.sameDemand(after))
        return {};
    const QString localeName = QLocale().name();
    QStringList parts = sourceChanges(before, after);
    const bool eachLeg = after.moves.isEmpty() || after.moves.first().eachLeg();
    parts << valueChanges(before.reps, after.reps, before.holdSeconds, after.holdSeconds,
                          before.minHoldSeconds, after.minHoldSeconds, before.restSeconds,
                          after.restSeconds, eachLeg);
    if (!before.moves.isEmpty() && !after.moves.isEmpty())
        parts << moveChanges(before, after, localeName);
    else if (before.moveCount && after.moveCount && *before.moveCount != *after.moveCount)
        parts << tr("%n moves (was %1)", nullptr, *after.moveCount).arg(*before.moveCount);
    if (parts.isEmpty())
        parts << tr("the routine changed");
    return parts;
}

QString Words::changeFrom(const QDate& date, const QStringList& changes, const QLocale& locale) {
    return tr("From %1: %2").arg(DateText::longDate(date, locale), changes.join(tr("; ")));
}

QString Words::prescribedMove(const PrescribedMove& m, const QString& localeName) {
    QString legs;
    if (m.eachLeg())
        legs = tr("%n times on each leg", nullptr, m.reps);
    else if (m.sides == QList<Side>{Side::Left})
        legs = tr("%n times on the left leg", nullptr, m.reps);
    else if (m.sides == QList<Side>{Side::Right})
        legs = tr("%n times on the right leg", nullptr, m.reps);
    else
        legs = tr("%n times", nullptr, m.reps);
    QString hold = tr("hold %n s", nullptr, m.holdSeconds);
    if (m.minHoldSeconds < m.holdSeconds)
        hold += QLatin1Char(' ') + tr("(%n s counts as done)", nullptr, m.minHoldSeconds);
    return tr("%1: %2, %3").arg(m.title.forLocale(localeName), legs, hold);
}

} // namespace footcoach
