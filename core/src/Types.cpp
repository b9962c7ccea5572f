#include "footcoach/Types.h"

#include <array>

namespace footcoach {

QString toString(Slot slot) {
    return slot == Slot::Morning ? QStringLiteral("morning") : QStringLiteral("evening");
}

QString toString(Side side) {
    switch (side) {
    case Side::Left:
        return QStringLiteral("left");
    case Side::Right:
        return QStringLiteral("right");
    case Side::Both:
        return QStringLiteral("both");
    }
    return {};
}

QString toString(SessionStatus status) {
    switch (status) {
    case SessionStatus::Complete:
        return QStringLiteral("complete");
    case SessionStatus::Partial:
        return QStringLiteral("partial");
    case SessionStatus::Abandoned:
        return QStringLiteral("abandoned");
    }
    return {};
}

QString toString(HoldResult result) {
    return result == HoldResult::Completed ? QStringLiteral("done") : QStringLiteral("skipped");
}

std::optional<Slot> slotFromString(const QString& text) {
    if (text == QLatin1String("morning"))
        return Slot::Morning;
    if (text == QLatin1String("evening"))
        return Slot::Evening;
    return std::nullopt;
}

std::optional<Side> sideFromString(const QString& text) {
    if (text == QLatin1String("left"))
        return Side::Left;
    if (text == QLatin1String("right"))
        return Side::Right;
    if (text == QLatin1String("both"))
        return Side::Both;
    return std::nullopt;
}

std::optional<SessionStatus> sessionStatusFromString(const QString& text) {
    if (text == QLatin1String("complete"))
        return SessionStatus::Complete;
    if (text == QLatin1String("partial"))
        return SessionStatus::Partial;
    if (text == QLatin1String("abandoned"))
        return SessionStatus::Abandoned;
    return std::nullopt;
}

std::optional<HoldResult> holdResultFromString(const QString& text) {
    if (text == QLatin1String("done"))
        return HoldResult::Completed;
    if (text == QLatin1String("skipped"))
        return HoldResult::Skipped;
    return std::nullopt;
}

namespace {
constexpr std::array kReminderKindNames{"fired", "snoozed", "started", "dismissed", "missed"};
} // namespace

QString toString(ReminderKind kind) {
    return QLatin1String(kReminderKindNames[static_cast<std::size_t>(kind)]);
}

std::optional<ReminderKind> reminderKindFromString(const QString& text) {
    for (std::size_t i = 0; i < kReminderKindNames.size(); ++i) {
        if (text == QLatin1String(kReminderKindNames[i]))
            return static_cast<ReminderKind>(i);
    }
    return std::nullopt;
}

} // namespace footcoach
