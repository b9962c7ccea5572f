#pragma once

#include "footcoach/Types.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace footcoach {

// Which reminders were shown, snoozed, dismissed or missed, shared by every process that uses
// the same history, so that each slot is reminded exactly once.
class ReminderLog {
public:
    virtual ~ReminderLog() = default;

    // true only when this call created the row: exactly once across processes.
    virtual bool recordReminder(const SlotKey& key, ReminderKind kind, const QDateTime& atUtc) = 0;
    virtual bool hasReminder(const SlotKey& key,
                             std::optional<ReminderKind> kind = std::nullopt) const = 0;
    // When the history began (its first opening, or for an older one its first session); no
    // slot before it is ever missed. nullopt if unknown.
    virtual std::optional<QDateTime> beganAt() const = 0;
    virtual QString lastError() const = 0;
};

} // namespace footcoach
