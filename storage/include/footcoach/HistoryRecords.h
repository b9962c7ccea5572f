#pragma once

#include "footcoach/Types.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace footcoach {

// What the app knows when a session starts. The slot's date is the local day it counts for.
// An extra session (started outside every slot's window) counts for no slot: it is recorded
// with the local day and half of the day it started in, and marked extra.
struct SessionStart {
    QString routineId;
    int routineVersion = 1;
    SlotKey slot;
    QDateTime startedAtUtc;
    int utcOffsetSeconds = 0; // local offset at the start, so exports can show local time
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

// A change of prescription (for example a longer hold time) that takes effect on a date.
struct PrescriptionChange {
    QString routineId;
    int routineVersion = 1;
    QDate effective;
    QString detailsJson;
};

// Holds of one exercise in one session, for the per-exercise completion in the history.
struct ExerciseTally {
    qint64 sessionId = 0;
    QString exerciseId;
    int exerciseIndex = 0;
    int done = 0;
    int skipped = 0;
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
    std::optional<int> numbnessBefore;
    std::optional<int> numbnessAfter;
};

// Which table --export-csv writes.
enum class CsvTable { Holds, CheckIns };

} // namespace footcoach
