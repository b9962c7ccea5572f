// FootCoach's entry point: parses the command line, then wires the layers together.
#include "AppController.h"
#include "AppSettings.h"
#include "AppStyle.h"
#include "ChartsModule.h"
#include "CommandLine.h"
#include "DataDirectory.h"
#include "ExportCommand.h"
#include "Localization.h"
#include "MainWindow.h"
#include "ModuleLoader.h"
#include "SingleInstance.h"
#include "SoundModule.h"
#include "WakeTimer.h"
#include "WindowIcon.h"
#include "footcoach/Clock.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/RoutineLoader.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

// Off by default; QT_LOGGING_RULES="footcoach.app.info=true" shows which instance runs.
Q_LOGGING_CATEGORY(lcApp, "footcoach.app", QtWarningMsg)

using namespace footcoach;

namespace {

// --reminders: changes the two reminder times (or turns them off) and exits. A running
// instance notices the changed settings file by itself.
int setReminders(const QString& dataDir, const CommandLine& options) {
    AppSettings settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
    Schedule schedule = settings.schedule();
    QTextStream out(stdout);
    if (options.reminderTimes) {
        schedule.morning.time = options.reminderTimes->first;
        schedule.evening.time = options.reminderTimes->second;
        schedule.morning.enabled = true;
        schedule.evening.enabled = true;
        out << "Reminders set for " << schedule.morning.time.toString(QStringLiteral("HH:mm"))
            << " and " << schedule.evening.time.toString(QStringLiteral("HH:mm")) << "."
            << Qt::endl;
    } else {
        schedule.morning.enabled = false;
        schedule.evening.enabled = false;
        out << "Reminders are off." << Qt::endl;
    }
    settings.setSchedule(schedule);
    return 0;
}

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

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication::setApplicationName(QStringLiteral("footcoach"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOOTCOACH_VERSION));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLine options = CommandLine::parse(arguments);
    switch (options.action) {
    case CommandLine::Action::Invalid:
        err << "footcoach: " << options.error << "\n"
            << "Try 'footcoach --help'." << Qt::endl;
        return 2;
    case CommandLine::Action::ShowHelp:
        out << options.helpText;
        return 0;
    case CommandLine::Action::ShowVersion:
        out << "footcoach " << FOOTCOACH_VERSION << Qt::endl;
        return 0;
    default:
        break;
    }

    QString problem;
    const QString dataDir = DataDirectory::prepare(options.dataDir, &problem);
    if (dataDir.isEmpty()) {
        err << "footcoach: " << problem << Qt::endl;
        return 2;
    }
    SystemWallClock wallClock;

    if (options.action == CommandLine::Action::ExportCsv) {
        QCoreApplication app(argc, argv);
        return runExportCsv(dataDir, options.exportCsvFile, options.exportTable, wallClock);
    }
    if (options.action == CommandLine::Action::SetReminders) {
        QCoreApplication app(argc, argv);
        return setReminders(dataDir, options);
    }

    // A bad routine file is refused before any window opens.
    std::optional<Routine> routine;
    if (!options.routineFile.isEmpty()) {
        RoutineResult loaded = RoutineLoader::loadFile(options.routineFile);
        if (auto* error = std::get_if<RoutineError>(&loaded)) {
            err << "footcoach: " << error->message() << Qt::endl;
            return 2;
        }
        routine = std::get<Routine>(loaded);
    }

    if (options.action == CommandLine::Action::ReportPdf) {
        // The report paints charts (widgets) but never shows a window: the offscreen platform
        // works with or without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication reportApp(argc, argv);
        // In the language of the windows (the settings' choice, or the system's), like the
        // report printed from the menu.
        const AppSettings reportSettings(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
        Localization::install(reportApp, reportSettings.language());
        ModuleLoader charts(QString::fromLatin1(kChartsModuleFile), kChartsModuleEntry);
        QString moduleError;
        auto* module = charts.load<ChartsModule>(&moduleError);
        if (!module) {
            err << "footcoach: " << moduleError << Qt::endl;
            return 2;
        }
        return module->runReportPdf(dataDir, options.reportPdfFile, options.reportFrom,
                                    options.reportTo, routine ? *routine : RoutineLoader::builtIn(),
                                    wallClock, QStringLiteral(FOOTCOACH_VERSION));
    }

    QApplication app(argc, argv);

    // One FootCoach per data directory: a later launch hands its arguments over and exits.
    SingleInstance instance(dataDir);
    if (!instance.claim()) {
        if (instance.sendToRunning(arguments)) {
            qCInfo(lcApp) << "handed over to the running instance";
            return 0;
        }
        err << "footcoach: another FootCoach is running with this data directory but does not "
               "answer."
            << Qt::endl;
        return 1;
    }
    qCInfo(lcApp) << "running as the only instance for" << dataDir;

    // The settings name the language, so they are read before anything shows text.
    AppSettings settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
    Localization::install(app, settings.language());
    QApplication::setApplicationDisplayName(QStringLiteral("FootCoach"));
    QApplication::setWindowIcon(WindowIcon::make());
    QApplication::setStyle(new AppStyle(QApplication::style()->name()));
    QApplication::setDesktopFileName(QStringLiteral(FOOTCOACH_APP_ID));
    // A quarter larger than the desktop's text everywhere, in proportion to it, so the app
    // still follows the system's font size.
    QFont larger = QApplication::font();
    larger.setPointSizeF(larger.pointSizeF() * 1.25);
    QApplication::setFont(larger);

    SystemMonotonicClock clock;
    SystemWakeTimer wakeTimer;
    HistoryStore store(dataDir, wallClock);
    const bool storeOpen = store.open();
    // The History screen and report, and the sound: loaded when first wanted.
    ModuleLoader charts(QString::fromLatin1(kChartsModuleFile), kChartsModuleEntry);
    ModuleLoader sound(QString::fromLatin1(kSoundModuleFile), kSoundModuleEntry);

    int status = 0;
    {
        AppController controller(
            {settings, storeOpen ? &store : nullptr, clock, wallClock, wakeTimer, dataDir,
             [&charts](QString* error) { return charts.load<ChartsModule>(error); },
             [&sound](QString* error) {
                 return sound.load<SoundModule>(error);
             }},
            routine);
        QObject::connect(&instance, &SingleInstance::argumentsReceived, &controller,
                         &AppController::handleArguments);

        QStringList notices;
        if (!storeOpen)
            notices << QObject::tr(
                           "Your history cannot be opened, so sessions will not be saved.\n\n%1")
                           .arg(store.lastError());
        notices << store.takeNotices();
        if (const QString n = settings.takeNotice(); !n.isEmpty())
            notices << n;

        if (options.background) {
            controller.startInBackground();
        } else {
            controller.startWindowed();
            if (options.startSession)
                controller.startSession(options.slot);
        }
        for (const QString& notice : notices) {
            qCInfo(lcApp).noquote() << "notice:" << notice;
            QMessageBox::information(controller.window(), QObject::tr("FootCoach"), notice);
        }
        // The history's check and the day's backup run off the GUI thread once the window is
        // up; what they find is told like the notices above.
        QObject::connect(store.events(), &HistoryStoreEvents::maintenanceFinished, &controller,
                         [&store, &controller] {
                             for (const QString& notice : store.takeNotices()) {
                                 qCInfo(lcApp).noquote() << "notice:" << notice;
                                 QMessageBox::information(controller.window(),
                                                          QObject::tr("FootCoach"), notice);
                             }
                         });
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
