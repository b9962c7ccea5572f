// FootCoach's entry point: parses the command line, then wires the layers together.
#include "AppSettings.h"
#include "CommandLine.h"
#include "DataDirectory.h"
#include "ExportCommand.h"
#include "Illustrations.h"
#include "MainWindow.h"
#include "SoundCuePlayer.h"
#include "VoiceGuide.h"
#include "footcoach/Clock.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/RoutineLoader.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

using namespace footcoach;

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

    // A bad routine file is refused before any window opens.
    Routine routine;
    if (!options.routineFile.isEmpty()) {
        RoutineResult loaded = RoutineLoader::loadFile(options.routineFile);
        if (auto* error = std::get_if<RoutineError>(&loaded)) {
            err << "footcoach: " << error->message() << Qt::endl;
            return 2;
        }
        routine = std::get<Routine>(loaded);
    } else {
        routine = RoutineLoader::builtIn();
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("FootCoach"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/footcoach.svg")));
    QApplication::setDesktopFileName(QStringLiteral(FOOTCOACH_APP_ID));

    AppSettings settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
    SystemMonotonicClock clock;
    HistoryStore store(dataDir, wallClock);
    const bool storeOpen = store.open();
    SoundCuePlayer cues(settings);
    VoiceGuide voice(settings);
    Illustrations illustrations;

    MainWindow window(
        {settings, storeOpen ? &store : nullptr, cues, &voice, illustrations, clock, wallClock},
        SessionPlan(routine));
    window.show();
    if (!storeOpen)
        QMessageBox::warning(
            &window, QObject::tr("History unavailable"),
            QObject::tr("Your history cannot be opened, so this session will not be "
                        "saved.\n\n%1")
                .arg(store.lastError()));
    for (const QString& notice : store.takeNotices())
        QMessageBox::information(&window, QObject::tr("About your history"), notice);
    if (options.startSession)
        window.startSession(options.slot);
    return app.exec();
}
