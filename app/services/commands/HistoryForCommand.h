#pragma once

class QTextStream;

namespace footcoach {

class HistoryStore;

// Opens the history for a one-shot command (--export-csv, --report-pdf): false, with the
// reason on err, when it cannot be opened; notices (a restored backup) are passed on to err.
bool openHistoryForCommand(HistoryStore& store, QTextStream& err);

} // namespace footcoach
