#pragma once

#include "footcoach/Types.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace footcoach {

// What the user asked for on the command line. Parsed without any QApplication so that
// --help, --version and one-shot commands never need a display.
struct CommandLine {
    enum class Action {
        RunGui,
        ShowHelp,
        ShowVersion,
        ExportCsv,
        ReportPdf,
        HandoutPdf,
        SetReminders,
        Invalid
    };

    Action action = Action::RunGui;
    QString error; // for Invalid: a message naming the bad option or value
    QString helpText;
    QString dataDir; // empty: the platform's default
    QString routineFile;
    bool startSession = false;
    std::optional<Slot> slot;
    QString exportCsvFile;
    QString exportTable = QStringLiteral("holds");
    // For ReportPdf: the file, and the range (invalid dates: the default, the last four weeks).
    QString reportPdfFile;
    QDate reportFrom;
    QDate reportTo;
    // For HandoutPdf: the exercise sheet's file.
    QString handoutPdfFile;
    bool background = false;
    // For SetReminders: both times, or empty for "off".
    std::optional<std::pair<QTime, QTime>> reminderTimes;

    static CommandLine parse(const QStringList& arguments);
};

} // namespace footcoach
