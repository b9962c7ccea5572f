#pragma once

#include "footcoach/Prescription.h"

#include <QDate>
#include <QList>

#include <optional>

namespace footcoach {

class PrescriptionLog;
struct PlannedMove;
struct PrescriptionChange;

// Notes in the history, once and with its date, every change to what the user is asked to
// do: the program settings, a routine file whose moves or numbers changed under the same id,
// a new version of the built-in routine, another routine file. Nothing is noted when nothing
// changed; the first program a history sees is kept as where it started, not as a change.
class PrescriptionRecorder {
public:
    explicit PrescriptionRecorder(PrescriptionLog& log);

    // The program now in force (the routine with the program settings applied, and the file
    // it came from, empty for the built-in one), as of today. True when a change was noted.
    bool record(const Prescription& now, const QDate& today);

    // The program in force at the end of a day, from the records; nullopt before the first.
    static std::optional<Prescription> inForce(const QList<PrescriptionChange>& records,
                                               const QDate& day);
    // What a session of this routine asks for, move by move.
    static QList<PlannedMove> plannedMoves(const Routine& routine);

private:
    PrescriptionLog& m_log;
};

} // namespace footcoach
