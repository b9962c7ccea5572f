#pragma once

#include "footcoach/HistoryRecords.h"

#include <QDate>
#include <QList>
#include <QString>

namespace footcoach {

// The dated changes to what the user is asked to do, so that the report can say what was
// prescribed when. Whoever records decides whether something changed (PrescriptionRecorder):
// every call adds one row.
class PrescriptionLog {
public:
    virtual ~PrescriptionLog() = default;

    virtual bool recordPrescriptionChange(const PrescriptionChange& change) = 0;
    // Every record, whatever its routine, by effective date and then in the order recorded.
    virtual QList<PrescriptionChange> prescriptionChanges() const = 0;
    virtual QString lastError() const = 0;
};

} // namespace footcoach
