#pragma once

namespace footcoach {

// Keeping the history safe while the app runs for days: the daily verified backup.
class HistoryMaintenance {
public:
    virtual ~HistoryMaintenance() = default;

    // Takes today's verified backup if there is none yet and prunes old ones.
    virtual bool backupIfDue() = 0;
};

} // namespace footcoach
