#include "services/commands/CommandLine.h"

#include <gtest/gtest.h>

using namespace footcoach;
using Action = CommandLine::Action;

namespace {
CommandLine parse(QStringList args) {
    args.prepend(QStringLiteral("footcoach"));
    return CommandLine::parse(args);
}
} // namespace

TEST(CommandLine, NoArgumentsRunsTheApp) {
    const CommandLine c = parse({});
    EXPECT_EQ(c.action, Action::RunGui);
    EXPECT_TRUE(c.dataDir.isEmpty());
    EXPECT_FALSE(c.startSession);
}

TEST(CommandLine, HelpAndVersion) {
    EXPECT_EQ(parse({"--help"}).action, Action::ShowHelp);
    EXPECT_EQ(parse({"-h"}).action, Action::ShowHelp);
    EXPECT_EQ(parse({"--version"}).action, Action::ShowVersion);
    const QString help = parse({"--help"}).helpText;
    for (const char* option :
         {"--data-dir", "--routine", "--start-session", "--slot", "--export-csv", "--table"})
        EXPECT_TRUE(help.contains(QLatin1String(option))) << option;
    EXPECT_TRUE(help.contains("Usage: footcoach"));
}

TEST(CommandLine, OptionsWithValues) {
    const CommandLine c = parse(
        {"--data-dir", "/tmp/x", "--routine", "r.json", "--start-session", "--slot", "evening"});
    EXPECT_EQ(c.action, Action::RunGui);
    EXPECT_EQ(c.dataDir, "/tmp/x");
    EXPECT_EQ(c.routineFile, "r.json");
    EXPECT_TRUE(c.startSession);
    EXPECT_EQ(c.slot, Slot::Evening);
}

TEST(CommandLine, ExportCsv) {
    const CommandLine c = parse({"--export-csv", "-", "--table", "checkins"});
    EXPECT_EQ(c.action, Action::ExportCsv);
    EXPECT_EQ(c.exportCsvFile, "-");
    EXPECT_EQ(c.exportTable, "checkins");
    EXPECT_EQ(parse({"--export-csv", "out.csv"}).exportTable, "holds");
}

TEST(CommandLine, BadValuesAreNamed) {
    struct Case {
        QStringList args;
        const char* mentions;
    };
    const Case cases[] = {
        {{"--bogus"}, "bogus"},
        {{"--slot", "noon", "--start-session"}, "noon"},
        {{"--slot", "morning"}, "--start-session"},
        {{"--table", "holds"}, "--export-csv"},
        {{"--export-csv", "-", "--table", "sessions"}, "sessions"},
        {{"--data-dir"}, "data-dir"},
        {{"stray"}, "stray"},
        {{"--export-csv", "-", "--start-session"}, "cannot be combined"},
    };
    for (const Case& c : cases) {
        const CommandLine r = parse(c.args);
        EXPECT_EQ(r.action, Action::Invalid) << c.args.join(' ').toStdString();
        EXPECT_TRUE(r.error.contains(QLatin1String(c.mentions)))
            << c.args.join(' ').toStdString() << " -> " << r.error.toStdString();
    }
}

TEST(CommandLine, RemindersAndBackground) {
    const CommandLine set = parse({"--reminders", "7:05,19:30"});
    EXPECT_EQ(set.action, Action::SetReminders);
    ASSERT_TRUE(set.reminderTimes);
    EXPECT_EQ(set.reminderTimes->first, QTime(7, 5));
    EXPECT_EQ(set.reminderTimes->second, QTime(19, 30));
    const CommandLine off = parse({"--reminders", "off"});
    EXPECT_EQ(off.action, Action::SetReminders);
    EXPECT_FALSE(off.reminderTimes);
    EXPECT_TRUE(parse({"--background"}).background);
    for (const char* bad :
         {"24:00,19:00", "07:60,19:00", "19:00,07:00", "07:30", "07:30,", "noon"}) {
        const CommandLine r = parse({"--reminders", bad});
        EXPECT_EQ(r.action, Action::Invalid) << bad;
        EXPECT_TRUE(r.error.contains("--reminders")) << bad;
    }
    EXPECT_EQ(parse({"--reminders", "off", "--background"}).action, Action::Invalid);
}

TEST(CommandLine, ReportPdfWithItsRange) {
    const CommandLine plain = parse({"--report-pdf", "report.pdf"});
    EXPECT_EQ(plain.action, Action::ReportPdf);
    EXPECT_EQ(plain.reportPdfFile, "report.pdf");
    EXPECT_FALSE(plain.reportFrom.isValid()); // the default: the last four weeks
    EXPECT_FALSE(plain.reportTo.isValid());
    const CommandLine ranged =
        parse({"--report-pdf", "r.pdf", "--from", "2025-12-01", "--to", "2025-12-28"});
    EXPECT_EQ(ranged.action, Action::ReportPdf);
    EXPECT_EQ(ranged.reportFrom, QDate(2025, 12, 1));
    EXPECT_EQ(ranged.reportTo, QDate(2025, 12, 28));
    EXPECT_EQ(parse({"--report-pdf", "r.pdf", "--from", "2025-12-01"}).reportFrom,
              QDate(2025, 12, 1));
    // One day is a range too.
    EXPECT_EQ(parse({"--report-pdf", "r.pdf", "--from", "2026-01-05", "--to", "2026-01-05"}).action,
              Action::ReportPdf);
    EXPECT_TRUE(parse({"--help"}).helpText.contains("--report-pdf"));
}

TEST(CommandLine, BadReportOptionsAreNamed) {
    struct Case {
        QStringList args;
        const char* mentions;
    };
    const Case cases[] = {
        {{"--report-pdf", "r.pdf", "--from", "2025-13-01"}, "2025-13-01"},
        {{"--report-pdf", "r.pdf", "--from", "2025-02-30"}, "2025-02-30"},
        {{"--report-pdf", "r.pdf", "--to", "yesterday"}, "yesterday"},
        {{"--report-pdf", "r.pdf", "--to", "2025-1-5"}, "2025-1-5"},
        {{"--report-pdf", "r.pdf", "--from", "2026-01-10", "--to", "2026-01-09"}, "after"},
        {{"--from", "2026-01-01"}, "--report-pdf"},
        {{"--to", "2026-01-01"}, "--report-pdf"},
        {{"--report-pdf"}, "report-pdf"},
        {{"--report-pdf", ""}, "--report-pdf"},
        {{"--report-pdf", "r.pdf", "--export-csv", "-"}, "cannot be combined"},
        {{"--report-pdf", "r.pdf", "--start-session"}, "cannot be combined"},
    };
    for (const Case& c : cases) {
        const CommandLine r = parse(c.args);
        EXPECT_EQ(r.action, Action::Invalid) << c.args.join(' ').toStdString();
        EXPECT_TRUE(r.error.contains(QLatin1String(c.mentions)))
            << c.args.join(' ').toStdString() << " -> " << r.error.toStdString();
    }
}
