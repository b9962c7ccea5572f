#pragma once

#include "footcoach/HistoryMaintenance.h"
#include "footcoach/HistoryReader.h"
#include "footcoach/PrescriptionLog.h"
#include "footcoach/ReminderLog.h"
#include "footcoach/SessionRecorder.h"

namespace footcoach {

// The history's roles, for the code that wires the app together and hands each part the one
// role it uses: the open HistoryStore, or an UnavailableHistory in its place.
struct HistoryRoles {
    SessionRecorder& recorder;
    ReminderLog& reminders;
    HistoryReader& reader;
    PrescriptionLog& prescriptions;
    HistoryMaintenance& maintenance;

    template <typename History> static HistoryRoles of(History& history) {
        return {history, history, history, history, history};
    }
};

} // namespace footcoach
