#pragma once

#include "footcoach/Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace footcoach {

// One move as a session asks for it: on how many legs (left and right are two), how many
// times, and the planned hold. Kept with the session, so that a later change of the program
// does not change what the session is counted against.
struct PlannedMove {
    QString exerciseId;
    int exerciseIndex = 0;
    int sides = 1;
    int reps = 1;
    int plannedSeconds = 0;

    int holds() const { return sides * reps; }
    friend bool operator==(const PlannedMove&, const PlannedMove&) = default;
};

// What the app knows when a session starts. The slot's date is the local day it counts for.
// An extra session (started outside every slot's window) counts for no slot: it is recorded
// with the local day and half of the day it started in, and marked extra.
struct SessionStart {
    QString routineId;
    int routineVersion = 1;
    SlotKey slot;
    QDateTime startedAtUtc;
    int utcOffsetSeconds = 0;   // local offset at the start, so exports can show local time
    QList<PlannedMove> planned; // what the session asks for, move by move
    bool extra = false;
};

// Numbness before and after one session (0-10) and an optional free-text note. Recording a
// check-in again for the same session fills in what is given and keeps what is not.
struct CheckIn {
    qint64 sessionId = 0;
    std::optional<int> numbnessBefore;
    std::optional<int> numbnessAfter;
    QString note;
};

// One stored hold, as read back from the history.
struct HoldRecord {
    qint64 sessionId = 0;
    HoldOutcome outcome;
    QDateTime atUtc;
};

// The program in force from a date on (Prescription::toJson in detailsJson) and the one
// it replaced (beforeJson). The first record of a history has no beforeJson: it is the
// program as first seen, not a change.
struct PrescriptionChange {
    QString routineId;
    int routineVersion = 1;
    QDate effective;
    QString detailsJson;
    QString beforeJson; // null for the program as first seen

    bool isChange() const { return !beforeJson.isNull() && beforeJson != detailsJson; }
};

// Holds of one exercise in one session, for the per-exercise completion in the history.
struct ExerciseTally {
    qint64 sessionId = 0;
    QString exerciseId;
    int exerciseIndex = 0;
    int done = 0;
    int skipped = 0;
    int planned = 0; // holds the session asked for; 0 when it did not ask for this move
};

// One session as the history screen and the report show it. status is the one that counts
// for adherence (an unfinished session is partial if a hold in it was done, else abandoned);
// finished says whether the app recorded the end itself.
struct SessionSummary {
    qint64 id = 0;
    QDate localDate;
    Slot slot = Slot::Morning;
    bool extra = false; // counts for no slot; `slot` is then only the half of the day
    SessionStatus status = SessionStatus::Complete;
    bool finished = true;
    QString routineId;
    int routineVersion = 1;
    QDateTime startedAtUtc;
    int utcOffsetSeconds = 0;
    int holdsDone = 0;
    int holdsSkipped = 0;
    int holdsPlanned = 0; // what the session asked for (see PlannedMove)
    std::optional<int> numbnessBefore;
    std::optional<int> numbnessAfter;
};

// Which table --export-csv writes.
enum class CsvTable { Holds, CheckIns };

} // namespace footcoach
