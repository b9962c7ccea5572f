#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace footcoach {

CommandLine CommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("FootCoach guides you through gentle twice-daily stretches for numb feet."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep every file FootCoach writes in <DIR>."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption routine(QStringLiteral("routine"),
                                     QStringLiteral("Use the routine in <FILE> for this run."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption startSession(
        QStringLiteral("start-session"),
        QStringLiteral("Open straight into the session and start it."));
    const QCommandLineOption slot(QStringLiteral("slot"),
                                  QStringLiteral("With --start-session: count the session as the "
                                                 "<morning|evening> one (default: from the time)."),
                                  QStringLiteral("SLOT"));
    const QCommandLineOption exportCsv(QStringLiteral("export-csv"),
                                       QStringLiteral("Write the history as CSV to <FILE> "
                                                      "(- for standard output) and exit."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption table(
        QStringLiteral("table"),
        QStringLiteral("With --export-csv: <holds> (default) or <checkins>."),
        QStringLiteral("TABLE"));
    parser.addOptions({dataDir, routine, startSession, slot, exportCsv, table});

    CommandLine result;
    result.helpText =
        parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("footcoach"));
    auto invalid = [&result](const QString& message) {
        result.action = Action::Invalid;
        result.error = message;
        return result;
    };
    if (!parser.parse(arguments))
        return invalid(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return invalid(
            QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    if (parser.isSet(help)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::ShowVersion;
        return result;
    }

    result.dataDir = parser.value(dataDir);
    if (parser.isSet(dataDir) && result.dataDir.isEmpty())
        return invalid(QStringLiteral("--data-dir needs a directory"));
    result.routineFile = parser.value(routine);
    if (parser.isSet(routine) && result.routineFile.isEmpty())
        return invalid(QStringLiteral("--routine needs a file"));
    result.startSession = parser.isSet(startSession);
    if (parser.isSet(slot)) {
        result.slot = slotFromString(parser.value(slot));
        if (!result.slot)
            return invalid(QStringLiteral("--slot must be \"morning\" or \"evening\", not \"%1\"")
                               .arg(parser.value(slot)));
        if (!result.startSession)
            return invalid(QStringLiteral("--slot goes with --start-session"));
    }
    if (parser.isSet(table)) {
        result.exportTable = parser.value(table);
        if (result.exportTable != QLatin1String("holds") &&
            result.exportTable != QLatin1String("checkins"))
            return invalid(QStringLiteral("--table must be \"holds\" or \"checkins\", not \"%1\"")
                               .arg(result.exportTable));
        if (!parser.isSet(exportCsv))
            return invalid(QStringLiteral("--table goes with --export-csv"));
    }
    if (parser.isSet(exportCsv)) {
        result.exportCsvFile = parser.value(exportCsv);
        if (result.exportCsvFile.isEmpty())
            return invalid(
                QStringLiteral("--export-csv needs a file name, or - for standard output"));
        if (result.startSession)
            return invalid(QStringLiteral("--export-csv cannot be combined with --start-session"));
        result.action = Action::ExportCsv;
    }
    return result;
}

} // namespace footcoach
