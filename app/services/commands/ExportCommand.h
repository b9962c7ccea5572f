#pragma once

#include <QString>

namespace footcoach {

class WallClock;

// --export-csv: writes the history as CSV to a file or standard output. Returns the exit
// status: 0 on success, 2 with a message on standard error otherwise.
int runExportCsv(const QString& dataDir, const QString& target, const QString& table,
                 const WallClock& clock);

} // namespace footcoach
