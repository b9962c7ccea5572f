#include "services/settings/PrescriptionRecorder.h"

#include "footcoach/PrescriptionLog.h"

namespace footcoach {

PrescriptionRecorder::PrescriptionRecorder(PrescriptionLog& log)
    : m_log(log) {}

bool PrescriptionRecorder::record(const Prescription& now, const QDate& today) {
    const QList<PrescriptionChange> records = m_log.prescriptionChanges();
    const QString json = now.toJson();
    if (records.isEmpty()) {
        // Where the record starts: not a change, so the report tells nothing about it.
        m_log.recordPrescriptionChange({now.routineId, now.routineVersion, today, json, {}});
        return false;
    }
    const PrescriptionChange& last = records.last();
    const Prescription before =
        Prescription::fromJson(last.detailsJson, last.routineId, last.routineVersion);
    if (before.sameDemand(now))
        return false;
    return m_log.recordPrescriptionChange(
        {now.routineId, now.routineVersion, today, json, last.detailsJson});
}

std::optional<Prescription> PrescriptionRecorder::inForce(const QList<PrescriptionChange>& records,
                                                          const QDate& day) {
    std::optional<Prescription> result;
    for (const PrescriptionChange& r : records) {
        if (r.effective > day)
            break;
        result = Prescription::fromJson(r.detailsJson, r.routineId, r.routineVersion);
    }
    return result;
}

QList<PlannedMove> PrescriptionRecorder::plannedMoves(const Routine& routine) {
    QList<PlannedMove> moves;
    for (int i = 0; i < int(routine.exercises.size()); ++i) {
        const Exercise& e = routine.exercises[i];
        moves.append({e.id, i, int(e.sides.size()), e.reps, e.holdSeconds});
    }
    return moves;
}

} // namespace footcoach
