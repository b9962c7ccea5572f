// FootCoach's entry point: parses the command line, runs a one-shot command or wires the
// layers together into the app.
#include "footcoach/Clock.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/RoutineLoader.h"
#include "footcoach/TimeZoneProvider.h"
#include "footcoach/UnavailableHistory.h"
#include "services/commands/CommandLine.h"
#include "services/commands/ExportCommand.h"
#include "services/commands/ReminderCommand.h"
#include "services/process/DataDirectory.h"
#include "services/process/ModuleLoader.h"
#include "services/process/SingleInstance.h"
#include "services/reminders/WakeTimer.h"
#include "services/session/SoundModule.h"
#include "services/settings/AppSettings.h"
#include "services/settings/Localization.h"
#include "ui/common/AppStyle.h"
#include "ui/common/StartupWarmUp.h"
#include "ui/window/AppController.h"
#include "ui/window/ChartsModule.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowIcon.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>

// Off by default; QT_LOGGING_RULES="footcoach.app.info=true" shows which instance runs.
Q_LOGGING_CATEGORY(lcApp, "footcoach.app", QtWarningMsg)

using namespace footcoach;

namespace {

// Qt's PulseAudio backend left a thread blocked when the sound device vanished; its teardown
// would abort. Everything the user did is already on disk (each hold is its own committed
// transaction, settings are written when changed), so the process leaves at once.
[[noreturn]] void leaveAtOnce(int status) {
    std::fflush(nullptr);
    std::_Exit(status);
}

bool soundThreadStuck(const ModuleLoader& sound) {
    return sound.isLoaded() && sound.loaded<SoundModule>()->soundThreadStuck();
}

// What this run was asked to do, once the command line and the data directory are known.
struct Run {
    CommandLine options;
    QStringList arguments;
    QString dataDir;
    std::optional<Routine> routine; // --routine, already checked
};

QString settingsFile(const QString& dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("settings.ini"));
}

// --help, --version and any wrong option: answered before anything else is touched.
std::optional<int> answerAtOnce(const CommandLine& options) {
    QTextStream out(stdout);
    switch (options.action) {
    case CommandLine::Action::Invalid:
        QTextStream(stderr) << "footcoach: " << options.error << "\n"
                            << "Try 'footcoach --help'." << Qt::endl;
        return 2;
    case CommandLine::Action::ShowHelp:
        out << options.helpText;
        return 0;
    case CommandLine::Action::ShowVersion:
        out << "footcoach " << FOOTCOACH_VERSION << Qt::endl;
        return 0;
    default:
        return std::nullopt;
    }
}

// The data directory, and a routine file given with --routine: a problem with either is told
// before any window opens, with status 2.
std::optional<int> prepare(Run& run) {
    QTextStream err(stderr);
    QString problem;
    run.dataDir = DataDirectory::prepare(run.options.dataDir, &problem);
    if (run.dataDir.isEmpty()) {
        err << "footcoach: " << problem << Qt::endl;
        return 2;
    }
    if (run.options.routineFile.isEmpty())
        return std::nullopt;
    RoutineResult loaded = RoutineLoader::loadFile(run.options.routineFile);
    if (auto* error = std::get_if<RoutineError>(&loaded)) {
        err << "footcoach: " << error->message() << Qt::endl;
        return 2;
    }
    run.routine = std::get<Routine>(loaded);
    return std::nullopt;
}

// --report-pdf and --handout-pdf: the report and the sheet paint with widgets but never show a
// window, so they run on the offscreen platform with or without a display, in the language of
// the windows (the settings' choice, or the system's), like the ones printed from the menu.
int runPrintCommand(int argc, char* argv[], const Run& run,
                    const std::function<int(ChartsModule&)>& command) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication printApp(argc, argv);
    const AppSettings settings(settingsFile(run.dataDir));
    Localization::install(printApp, settings.language());
    ModuleLoader charts(QString::fromLatin1(kChartsModuleFile));
    QString moduleError;
    auto* module = charts.load<ChartsModule>(&moduleError);
    if (!module) {
        QTextStream(stderr) << "footcoach: " << moduleError << Qt::endl;
        return 2;
    }
    return command(*module);
}

// The commands that never open a window; nullopt when this run is the app itself.
std::optional<int> runCommand(int argc, char* argv[], const Run& run, const WallClock& wallClock,
                              const TimeZoneProvider& zone) {
    switch (run.options.action) {
    case CommandLine::Action::ExportCsv: {
        QCoreApplication app(argc, argv);
        return runExportCsv(run.dataDir, run.options.exportCsvFile, run.options.exportTable,
                            wallClock);
    }
    case CommandLine::Action::SetReminders: {
        QCoreApplication app(argc, argv);
        return runSetReminders(run.dataDir, run.options);
    }
    case CommandLine::Action::ReportPdf:
        return runPrintCommand(argc, argv, run, [&](ChartsModule& charts) {
            const CommandLine& o = run.options;
            return charts.runReportPdf(run.dataDir, o.reportPdfFile, o.reportFrom, o.reportTo,
                                       run.routine.value_or(RoutineLoader::builtIn()), wallClock,
                                       zone, QStringLiteral(FOOTCOACH_VERSION));
        });
    case CommandLine::Action::HandoutPdf:
        return runPrintCommand(argc, argv, run, [&](ChartsModule& charts) {
            return charts.runHandoutPdf(run.dataDir, run.options.handoutPdfFile, run.routine,
                                        QStringLiteral(FOOTCOACH_VERSION));
        });
    default:
        return std::nullopt;
    }
}

// The language, the icon, the style and the type size, before anything shows text.
void setUpLooks(QApplication& app, const AppSettings& settings) {
    Localization::install(app, settings.language());
    // The menus stay in the window, where the user looks for them. A global menu bar would also
    // be asked for over D-Bus before the first window could show.
    QApplication::setAttribute(Qt::AA_DontUseNativeMenuBar);
    QApplication::setApplicationDisplayName(QStringLiteral("FootCoach"));
    QApplication::setWindowIcon(WindowIcon::make());
    QApplication::setStyle(new AppStyle(QApplication::style()->name()));
    QApplication::setDesktopFileName(QStringLiteral(FOOTCOACH_APP_ID));
    // A quarter larger than the desktop's text everywhere, in proportion to it, so the app
    // still follows the system's font size.
    QFont larger = QApplication::font();
    larger.setPointSizeF(larger.pointSizeF() * AppStyle::kTextScale);
    QApplication::setFont(larger);
}

// Plain-words messages from opening the history and the settings, each shown once.
QStringList startNotices(bool storeOpen, HistoryStore& store, AppSettings& settings) {
    QStringList notices;
    if (!storeOpen)
        notices << QObject::tr(
                       "Your history cannot be opened, so sessions will not be saved.\n\n%1")
                       .arg(store.lastError());
    notices << store.takeNotices();
    if (const QString n = settings.takeNotice(); !n.isEmpty())
        notices << n;
    return notices;
}

void tell(QWidget* parent, const QStringList& notices) {
    for (const QString& notice : notices) {
        qCInfo(lcApp).noquote() << "notice:" << notice;
        QMessageBox::information(parent, QObject::tr("FootCoach"), notice);
    }
}

// One FootCoach per data directory: a later launch hands its arguments over and exits.
// nullopt when this process is the one instance.
std::optional<int> handOver(SingleInstance& instance, const Run& run) {
    if (instance.claim()) {
        qCInfo(lcApp) << "running as the only instance for" << run.dataDir;
        return std::nullopt;
    }
    if (instance.sendToRunning(run.arguments)) {
        qCInfo(lcApp) << "handed over to the running instance";
        return 0;
    }
    QTextStream(stderr) << "footcoach: another FootCoach is running with this data directory but "
                           "does not answer."
                        << Qt::endl;
    return 1;
}

// The app: the window (or the background), reminders and tray, until the user quits.
int runApp(int argc, char* argv[], const Run& run, const WallClock& wallClock,
           const TimeZoneProvider& zone) {
    QApplication app(argc, argv);
    SingleInstance instance(run.dataDir);
    if (const auto status = handOver(instance, run))
        return *status;
    // On the second core while the looks are set up, the history opened and the window built.
    std::optional<StartupWarmUp> warmUp;
    if (!run.options.background)
        warmUp.emplace();
    AppSettings settings(settingsFile(run.dataDir));
    setUpLooks(app, settings);

    SystemMonotonicClock clock;
    SystemWakeTimer wakeTimer;
    HistoryStore store(run.dataDir, wallClock);
    const bool storeOpen = store.open();
    // Stands in for a history that cannot be opened, so sessions and reminders still run.
    UnavailableHistory unavailable(store.lastError());
    // The History screen and report, and the sound: loaded when first wanted.
    ModuleLoader charts(QString::fromLatin1(kChartsModuleFile));
    ModuleLoader sound(QString::fromLatin1(kSoundModuleFile));

    int status = 0;
    {
        AppController controller(
            {settings, storeOpen ? HistoryRoles::of(store) : HistoryRoles::of(unavailable),
             storeOpen, clock, wallClock, zone, wakeTimer, run.dataDir,
             [&charts](QString* error) { return charts.load<ChartsModule>(error); },
             [&sound](QString* error) {
                 return sound.load<SoundModule>(error);
             }},
            run.routine);
        QObject::connect(&instance, &SingleInstance::argumentsReceived, &controller,
                         &AppController::handleArguments);
        const QStringList notices = startNotices(storeOpen, store, settings);
        if (run.options.background) {
            controller.startInBackground();
        } else {
            // The window lays out its text as it is shown.
            controller.startWindowed([&warmUp] { warmUp->wait(); });
            if (run.options.startSession)
                controller.startSession(run.options.slot);
        }
        tell(controller.window(), notices);
        // The first start's question comes after any notice, over the home screen.
        QMetaObject::invokeMethod(&controller, &AppController::askAboutRemindersIfDue,
                                  Qt::QueuedConnection);
        // The history's check and the day's backup run off the GUI thread once the window is
        // up; what they find is told like the notices above.
        QObject::connect(store.events(), &HistoryStoreEvents::maintenanceFinished, &controller,
                         [&store, &controller] { tell(controller.window(), store.takeNotices()); });
        QMetaObject::invokeMethod(
            &controller, [&store] { store.startMaintenance(); }, Qt::QueuedConnection);
        status = app.exec();
        if (soundThreadStuck(sound))
            leaveAtOnce(status);
    } // the controller, and with it the sound thread, is taken down here
    // Taking the sound thread down can itself find it stuck (a device that vanished at the end).
    if (soundThreadStuck(sound))
        leaveAtOnce(status);
    return status;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication::setApplicationName(QStringLiteral("footcoach"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOOTCOACH_VERSION));
    Run run;
    for (int i = 0; i < argc; ++i)
        run.arguments.append(QString::fromLocal8Bit(argv[i]));
    run.options = CommandLine::parse(run.arguments);
    if (const auto status = answerAtOnce(run.options))
        return *status;
    if (const auto status = prepare(run))
        return *status;
    SystemWallClock wallClock;
    SystemTimeZoneProvider zone;
    if (const auto status = runCommand(argc, argv, run, wallClock, zone))
        return *status;
    return runApp(argc, argv, run, wallClock, zone);
}
