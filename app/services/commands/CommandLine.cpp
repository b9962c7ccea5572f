#include "services/commands/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

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
    const QCommandLineOption background(
        QStringLiteral("background"),
        QStringLiteral("Start with no window and give reminders, as at "
                       "login."));
    const QCommandLineOption reminders(
        QStringLiteral("reminders"),
        QStringLiteral("Set the morning and evening reminder times "
                       "(<HH:MM,HH:MM>), or turn both <off>, and exit."),
        QStringLiteral("TIMES"));
    const QCommandLineOption reportPdf(
        QStringLiteral("report-pdf"),
        QStringLiteral("Write a report for your doctor as PDF to <FILE> and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        QStringLiteral("With --report-pdf: the first day, <YYYY-MM-DD> (default: four weeks ago)."),
        QStringLiteral("DATE"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        QStringLiteral("With --report-pdf: the last day, <YYYY-MM-DD> (default: today)."),
        QStringLiteral("DATE"));
    parser.addOptions(
        {dataDir, routine, startSession, slot, background, exportCsv, table, reminders});
    parser.addOptions({reportPdf, from, to});

    CommandLine result;
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
        // Only when asked: laying the help out costs every start a little.
        result.action = Action::ShowHelp;
        result.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                    QStringLiteral("footcoach"));
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
    result.background = parser.isSet(background);
    for (const QCommandLineOption* option : {&from, &to}) {
        if (!parser.isSet(*option))
            continue;
        const QString name = option->names().constFirst();
        if (!parser.isSet(reportPdf))
            return invalid(QStringLiteral("--%1 goes with --report-pdf").arg(name));
        const QString text = parser.value(*option);
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!isoDate.match(text).hasMatch() || !date.isValid())
            return invalid(QStringLiteral("--%1 must be a date such as 2026-01-31, not \"%2\"")
                               .arg(name, text));
        (option == &from ? result.reportFrom : result.reportTo) = date;
    }
    if (result.reportFrom.isValid() && result.reportTo.isValid() &&
        result.reportFrom > result.reportTo)
        return invalid(QStringLiteral("--from %1 is after --to %2")
                           .arg(result.reportFrom.toString(Qt::ISODate),
                                result.reportTo.toString(Qt::ISODate)));
    if (parser.isSet(reportPdf)) {
        result.reportPdfFile = parser.value(reportPdf);
        if (result.reportPdfFile.isEmpty())
            return invalid(QStringLiteral("--report-pdf needs a file name"));
        if (parser.isSet(exportCsv) || parser.isSet(reminders) || result.startSession ||
            result.background)
            return invalid(QStringLiteral("--report-pdf cannot be combined with other commands"));
        result.action = Action::ReportPdf;
        return result;
    }
    if (parser.isSet(reminders)) {
        if (parser.isSet(exportCsv) || result.startSession || result.background)
            return invalid(QStringLiteral("--reminders cannot be combined with other commands"));
        const QString value = parser.value(reminders).trimmed();
        result.action = Action::SetReminders;
        if (value == QLatin1String("off"))
            return result;
        static const QRegularExpression pattern(
            QStringLiteral("^([01]?[0-9]|2[0-3]):([0-5][0-9]),([01]?[0-9]|2[0-3]):([0-5][0-9])$"));
        const QRegularExpressionMatch m = pattern.match(value);
        if (!m.hasMatch())
            return invalid(
                QStringLiteral("--reminders takes two times such as 07:30,19:30, or off; "
                               "\"%1\" is neither")
                    .arg(value));
        const QTime morning(m.captured(1).toInt(), m.captured(2).toInt());
        const QTime evening(m.captured(3).toInt(), m.captured(4).toInt());
        if (morning >= evening)
            return invalid(QStringLiteral("--reminders: the morning time (%1) must come before the "
                                          "evening time (%2)")
                               .arg(morning.toString(QStringLiteral("HH:mm")),
                                    evening.toString(QStringLiteral("HH:mm"))));
        result.reminderTimes = std::make_pair(morning, evening);
        return result;
    }
    if (parser.isSet(exportCsv)) {
        result.exportCsvFile = parser.value(exportCsv);
        if (result.exportCsvFile.isEmpty())
            return invalid(
                QStringLiteral("--export-csv needs a file name, or - for standard output"));
        if (result.startSession || result.background)
            return invalid(QStringLiteral("--export-csv cannot be combined with --start-session or "
                                          "--background"));
        result.action = Action::ExportCsv;
    }
    return result;
}

} // namespace footcoach
