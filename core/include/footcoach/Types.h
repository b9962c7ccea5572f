#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace footcoach {

// The two daily slots of the program.
enum class Slot { Morning, Evening };

// Which leg a hold works. "Both" is for moves that are not done one leg at a time.
enum class Side { Left, Right, Both };

// How a recorded session ended.
enum class SessionStatus { Complete, Partial, Abandoned };

// What happened to one planned hold.
enum class HoldResult { Completed, Skipped };

// What happened to a slot's reminder. At most one row per (local date, slot, kind) is stored.
enum class ReminderKind { Fired, Snoozed, Started, Dismissed, Missed };

// Stable names: they are stored in the history and written to CSV, so never rename them.
QString toString(Slot slot);
QString toString(Side side);
QString toString(SessionStatus status);
QString toString(HoldResult result);
QString toString(ReminderKind kind);
std::optional<Slot> slotFromString(const QString& text);
std::optional<Side> sideFromString(const QString& text);
std::optional<SessionStatus> sessionStatusFromString(const QString& text);
std::optional<HoldResult> holdResultFromString(const QString& text);
std::optional<ReminderKind> reminderKindFromString(const QString& text);

// The outcome of one hold, as the session engine reports it when the hold ends.
struct HoldOutcome {
    int exerciseIndex = 0;
    QString exerciseId;
    Side side = Side::Left;
    int rep = 1; // 1-based
    int plannedSeconds = 0;
    qint64 heldMs = 0;
    HoldResult result = HoldResult::Completed;

    friend bool operator==(const HoldOutcome&, const HoldOutcome&) = default;
};

// A (local date, slot) pair: the unit that reminders and adherence count in.
struct SlotKey {
    QDate date;
    Slot slot = Slot::Morning;

    friend bool operator==(const SlotKey&, const SlotKey&) = default;
    friend bool operator<(const SlotKey& a, const SlotKey& b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.slot < b.slot;
    }
};

} // namespace footcoach
