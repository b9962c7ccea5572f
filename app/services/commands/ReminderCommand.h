#pragma once

#include <QString>

namespace footcoach {

struct CommandLine;

// --reminders HH:MM,HH:MM or off: changes the two reminder times (or turns both off), says so
// on standard output and returns the exit status. A running instance notices the changed
// settings file by itself.
int runSetReminders(const QString& dataDir, const CommandLine& options);

} // namespace footcoach
