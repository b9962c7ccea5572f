#pragma once

#include "footcoach/HistoryRecords.h"
#include "footcoach/Types.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace footcoach {

// What a running session writes to the history. Each call is on disk before it returns.
class SessionRecorder {
public:
    virtual ~SessionRecorder() = default;

    // The new session's id, or nullopt (lastError() says why).
    virtual std::optional<qint64> beginSession(const SessionStart& start) = 0;
    // Recording the same (session, exercise, side, rep) again replaces the earlier row.
    virtual bool recordHold(qint64 sessionId, const HoldOutcome& outcome,
                            const QDateTime& atUtc) = 0;
    virtual bool finishSession(qint64 sessionId, SessionStatus status,
                               const QDateTime& endedAtUtc) = 0;
    // Fills in what the check-in gives and keeps what an earlier check-in for the session gave.
    virtual bool recordCheckIn(const CheckIn& checkIn) = 0;
    // Plain words that name the last problem, e.g. "The disk is full ...". Empty after a success.
    virtual QString lastError() const = 0;
};

} // namespace footcoach
