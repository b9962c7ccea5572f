#include "CommandLine.h"

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
