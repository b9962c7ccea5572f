#pragma once

#include "footcoach/HistoryRecords.h"

#include <QDate>
#include <QList>
#include <QString>

namespace footcoach {

// The dated changes to what the user is asked to do, so that the report can say what was
// prescribed when.
class PrescriptionLog {
public:
    virtual ~PrescriptionLog() = default;

    // Recording the same (routine, version, date, details) again keeps the first row and
    // returns true.
    virtual bool recordPrescriptionChange(const QString& routineId, int routineVersion,
                                          const QDate& effective, const QString& detailsJson) = 0;
    virtual QList<PrescriptionChange> prescriptionChanges(const QString& routineId) const = 0;
    virtual QString lastError() const = 0;
};

} // namespace footcoach
