#include "services/commands/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace footcoach {

namespace {

// Each reader takes its options into the result, or says what is wrong with them.
using Error = std::optional<QString>;

// Every option, added to the parser in the order --help lists them.
struct Options {
    explicit Options(QCommandLineParser& parser);

    const QCommandLineOption help;
    const QCommandLineOption version;
    const QCommandLineOption dataDir{QStringLiteral("data-dir"),
                                     QStringLiteral("Keep every file FootCoach writes in <DIR>."),
                                     QStringLiteral("DIR")};
    const QCommandLineOption routine{QStringLiteral("routine"),
                                     QStringLiteral("Use the routine in <FILE> for this run."),
                                     QStringLiteral("FILE")};
    const QCommandLineOption startSession{
        QStringLiteral("start-session"),
        QStringLiteral("Open straight into the session and start it.")};
    const QCommandLineOption slot{QStringLiteral("slot"),
                                  QStringLiteral("With --start-session: count the session as the "
                                                 "<morning|evening> one (default: from the time)."),
                                  QStringLiteral("SLOT")};
    const QCommandLineOption exportCsv{QStringLiteral("export-csv"),
                                       QStringLiteral("Write the history as CSV to <FILE> "
                                                      "(- for standard output) and exit."),
                                       QStringLiteral("FILE")};
    const QCommandLineOption table{
        QStringLiteral("table"),
        QStringLiteral("With --export-csv: <holds> (default) or <checkins>."),
        QStringLiteral("TABLE")};
    const QCommandLineOption background{
        QStringLiteral("background"),
        QStringLiteral("Start with no window and give reminders, as at "
                       "login.")};
    const QCommandLineOption reminders{
        QStringLiteral("reminders"),
        QStringLiteral("Set the morning and evening reminder times "
                       "(<HH:MM,HH:MM>), or turn both <off>, and exit."),
        QStringLiteral("TIMES")};
    const QCommandLineOption reportPdf{
        QStringLiteral("report-pdf"),
        QStringLiteral("Write a report for your doctor as PDF to <FILE> and exit."),
        QStringLiteral("FILE")};
    const QCommandLineOption handoutPdf{
        QStringLiteral("handout-pdf"),
        QStringLiteral("Write the exercise sheet (the moves, their pictures and a week to tick "
                       "off) as PDF to <FILE> and exit."),
        QStringLiteral("FILE")};
    const QCommandLineOption from{
        QStringLiteral("from"),
        QStringLiteral("With --report-pdf: the first day, <YYYY-MM-DD> (default: four weeks ago)."),
        QStringLiteral("DATE")};
    const QCommandLineOption to{
        QStringLiteral("to"),
        QStringLiteral("With --report-pdf: the last day, <YYYY-MM-DD> (default: today)."),
        QStringLiteral("DATE")};
};

Options::Options(QCommandLineParser& parser)
    : help(parser.addHelpOption())
    , version(parser.addVersionOption()) {
    parser.addOptions(
        {dataDir, routine, startSession, slot, background, exportCsv, table, reminders});
    parser.addOptions({reportPdf, from, to, handoutPdf});
}

// --data-dir, --routine, --start-session and --slot: how the app runs.
Error readRunOptions(const QCommandLineParser& parser, const Options& o, CommandLine& result) {
    result.dataDir = parser.value(o.dataDir);
    if (parser.isSet(o.dataDir) && result.dataDir.isEmpty())
        return QStringLiteral("--data-dir needs a directory");
    result.routineFile = parser.value(o.routine);
    if (parser.isSet(o.routine) && result.routineFile.isEmpty())
        return QStringLiteral("--routine needs a file");
    result.startSession = parser.isSet(o.startSession);
    if (parser.isSet(o.slot)) {
        result.slot = slotFromString(parser.value(o.slot));
        if (!result.slot)
            return QStringLiteral("--slot must be \"morning\" or \"evening\", not \"%1\"")
                .arg(parser.value(o.slot));
        if (!result.startSession)
            return QStringLiteral("--slot goes with --start-session");
    }
    return std::nullopt;
}

Error readExportTable(const QCommandLineParser& parser, const Options& o, CommandLine& result) {
    if (!parser.isSet(o.table))
        return std::nullopt;
    result.exportTable = parser.value(o.table);
    if (result.exportTable != QLatin1String("holds") &&
        result.exportTable != QLatin1String("checkins"))
        return QStringLiteral("--table must be \"holds\" or \"checkins\", not \"%1\"")
            .arg(result.exportTable);
    if (!parser.isSet(o.exportCsv))
        return QStringLiteral("--table goes with --export-csv");
    return std::nullopt;
}

// --from and --to: ISO dates, in order, only with --report-pdf.
Error readReportRange(const QCommandLineParser& parser, const Options& o, CommandLine& result) {
    for (const QCommandLineOption* option : {&o.from, &o.to}) {
        if (!parser.isSet(*option))
            continue;
        const QString name = option->names().constFirst();
        if (!parser.isSet(o.reportPdf))
            return QStringLiteral("--%1 goes with --report-pdf").arg(name);
        const QString text = parser.value(*option);
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!isoDate.match(text).hasMatch() || !date.isValid())
            return QStringLiteral("--%1 must be a date such as 2026-01-31, not \"%2\"")
                .arg(name, text);
        (option == &o.from ? result.reportFrom : result.reportTo) = date;
    }
    if (result.reportFrom.isValid() && result.reportTo.isValid() &&
        result.reportFrom > result.reportTo)
        return QStringLiteral("--from %1 is after --to %2")
            .arg(result.reportFrom.toString(Qt::ISODate), result.reportTo.toString(Qt::ISODate));
    return std::nullopt;
}

Error readReportPdf(const QCommandLineParser& parser, const Options& o, CommandLine& result) {
    result.reportPdfFile = parser.value(o.reportPdf);
    if (result.reportPdfFile.isEmpty())
        return QStringLiteral("--report-pdf needs a file name");
    if (parser.isSet(o.exportCsv) || parser.isSet(o.reminders) || result.startSession ||
        result.background)
        return QStringLiteral("--report-pdf cannot be combined with other commands");
    result.action = CommandLine::Action::ReportPdf;
    return std::nullopt;
}

Error readHandoutPdf(const QCommandLineParser& parser, const Options& o, CommandLine& result) {
    result.handoutPdfFile = parser.value(o.handoutPdf);
    if (result.handoutPdfFile.isEmpty())
        return QStringLiteral("--handout-pdf needs a file name");
    if (parser.isSet(o.exportCsv) || parser.isSet(o.reminders) || result.startSession ||
        result.background)
        return QStringLiteral("--handout-pdf cannot be combined with other commands");
    result.action = CommandLine::Action::HandoutPdf;
    return std::nullopt;
}

// --reminders: "off", or the morning and the evening time, in that order.
Error readReminders(const QCommandLineParser& parser, const Options& o, CommandLine& result) {
    if (parser.isSet(o.exportCsv) || result.startSession || result.background)
        return QStringLiteral("--reminders cannot be combined with other commands");
    const QString value = parser.value(o.reminders).trimmed();
    result.action = CommandLine::Action::SetReminders;
    if (value == QLatin1String("off"))
        return std::nullopt;
    static const QRegularExpression pattern(
        QStringLiteral("^([01]?[0-9]|2[0-3]):([0-5][0-9]),([01]?[0-9]|2[0-3]):([0-5][0-9])$"));
    const QRegularExpressionMatch m = pattern.match(value);
    if (!m.hasMatch())
        return QStringLiteral("--reminders takes two times such as 07:30,19:30, or off; "
                              "\"%1\" is neither")
            .arg(value);
    const QTime morning(m.captured(1).toInt(), m.captured(2).toInt());
    const QTime evening(m.captured(3).toInt(), m.captured(4).toInt());
    if (morning >= evening)
        return QStringLiteral("--reminders: the morning time (%1) must come before the "
                              "evening time (%2)")
            .arg(morning.toString(QStringLiteral("HH:mm")),
                 evening.toString(QStringLiteral("HH:mm")));
    result.reminderTimes = std::make_pair(morning, evening);
    return std::nullopt;
}

Error readExportCsv(const QCommandLineParser& parser, const Options& o, CommandLine& result) {
    result.exportCsvFile = parser.value(o.exportCsv);
    if (result.exportCsvFile.isEmpty())
        return QStringLiteral("--export-csv needs a file name, or - for standard output");
    if (result.startSession || result.background)
        return QStringLiteral("--export-csv cannot be combined with --start-session or "
                              "--background");
    result.action = CommandLine::Action::ExportCsv;
    return std::nullopt;
}

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("FootCoach guides you through gentle twice-daily stretches for numb feet."));
    const Options options(parser);

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
    if (parser.isSet(options.help)) {
        // Only when asked: laying the help out costs every start a little.
        result.action = Action::ShowHelp;
        result.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                    QStringLiteral("footcoach"));
        return result;
    }
    if (parser.isSet(options.version)) {
        result.action = Action::ShowVersion;
        return result;
    }

    if (const Error error = readRunOptions(parser, options, result))
        return invalid(*error);
    if (const Error error = readExportTable(parser, options, result))
        return invalid(*error);
    result.background = parser.isSet(options.background);
    if (const Error error = readReportRange(parser, options, result))
        return invalid(*error);
    // One command at most: the first of these that is set decides.
    Error error;
    if (parser.isSet(options.reportPdf) && parser.isSet(options.handoutPdf))
        error = QStringLiteral("--report-pdf and --handout-pdf are two commands; give one");
    else if (parser.isSet(options.reportPdf))
        error = readReportPdf(parser, options, result);
    else if (parser.isSet(options.handoutPdf))
        error = readHandoutPdf(parser, options, result);
    else if (parser.isSet(options.reminders))
        error = readReminders(parser, options, result);
    else if (parser.isSet(options.exportCsv))
        error = readExportCsv(parser, options, result);
    return error ? invalid(*error) : result;
}

} // namespace footcoach
