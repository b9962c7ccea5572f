#pragma once

#include <QString>

#include <optional>

namespace footcoach {

struct Routine;

// --handout-pdf: writes the exercise sheet of the routine in use (routine, from --routine, or
// else the one chosen in the settings, or the built-in one) with the settings' program applied,
// on the locale's paper, in the interface language. Returns the exit status: 0 on success, 2
// with a message on standard error otherwise. Needs a QApplication.
int runHandoutPdf(const QString& dataDir, const QString& target,
                  const std::optional<Routine>& routine, const QString& version);

} // namespace footcoach
