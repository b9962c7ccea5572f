#pragma once

#include "footcoach/Types.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace footcoach {

// What the user asked for on the command line. Parsed without any QApplication so that
// --help, --version and one-shot commands never need a display.
struct CommandLine {
    enum class Action { RunGui, ShowHelp, ShowVersion, ExportCsv, Invalid };

    Action action = Action::RunGui;
    QString error; // for Invalid: a message naming the bad option or value
    QString helpText;
    QString dataDir; // empty: the platform's default
    QString routineFile;
    bool startSession = false;
    std::optional<Slot> slot;
    QString exportCsvFile;
    QString exportTable = QStringLiteral("holds");

    static CommandLine parse(const QStringList& arguments);
};

} // namespace footcoach
