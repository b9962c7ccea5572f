#pragma once

#include "footcoach/Routine.h"
#include "footcoach/Types.h"

#include <QList>
#include <QString>

#include <optional>

namespace footcoach {

// One move as the user is asked to do it: which legs, how many times, how long.
struct PrescribedMove {
    QString id;
    LocalizedText title;
    QList<Side> sides;
    int reps = 0;
    int holdSeconds = 0;
    int minHoldSeconds = 0;
    int restSeconds = 0;

    int plannedHolds() const { return reps * int(sides.size()); }
    // Left and right, each on its own ("on each leg").
    bool eachLeg() const { return sides.contains(Side::Left) && sides.contains(Side::Right); }
    // The same demand, whatever the words: a new translation is not a new prescription.
    bool sameDemand(const PrescribedMove& other) const;
};

// What the user is asked to do at one time: the routine, where it came from and each move's
// repetitions and holds. Stored as JSON with every recorded change (see PrescriptionLog).
// Histories of formats 1 and 2 kept only the first move's values (reps, holds, rest, the
// number of moves) and the routine file: such a record has no moves and its summary values.
struct Prescription {
    QString routineId;
    int routineVersion = 0;
    LocalizedText title; // the routine's; empty in an old record
    // The routine file the user chose; empty for the built-in routine. nullopt: not recorded.
    std::optional<QString> routineFile;
    QList<PrescribedMove> moves;
    // Values common to every move; for an old record, the values it kept.
    std::optional<int> reps;
    std::optional<int> holdSeconds;
    std::optional<int> minHoldSeconds;
    std::optional<int> restSeconds;
    std::optional<int> moveCount;

    static Prescription of(const Routine& routine, const QString& routineFile);
    // Reads what toJson() wrote, and the snapshots of formats 1 and 2; the routine's id and
    // version come from the record's own columns.
    static Prescription fromJson(const QString& json, const QString& routineId, int version);
    QString toJson() const;

    bool isBuiltIn() const { return routineFile && routineFile->isEmpty(); }
    // What is asked is the same: same routine, same moves with the same numbers.
    bool sameDemand(const Prescription& other) const;
    // The moves as the report lists them: the record's own, or for an old record the routine
    // given with the values the record kept.
    QList<PrescribedMove> movesOr(const Routine& routine) const;
};

} // namespace footcoach
