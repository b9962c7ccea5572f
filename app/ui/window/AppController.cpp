#include "ui/window/AppController.h"

#include "footcoach/Clock.h"
#include "footcoach/RoutineLoader.h"
#include "footcoach/TimeZoneProvider.h"
#include "footcoach/Words.h"
#include "services/commands/CommandLine.h"
#include "services/reminders/AskedIdleSource.h"
#include "services/reminders/DBusReminderNotifier.h"
#include "services/reminders/KdeIdleProbe.h"
#include "services/reminders/LogindSessionSource.h"
#include "services/reminders/MutterIdleSource.h"
#include "services/reminders/ReminderPresenter.h"
#include "services/reminders/ReminderScheduler.h"
#include "services/reminders/ScreenSaverSource.h"
#include "services/reminders/SleepWatcher.h"
#include "services/reminders/UserAvailability.h"
#include "services/reminders/WakeTimer.h"
#include "services/session/DeferredCuePlayer.h"
#include "services/session/DeferredVoice.h"
#include "services/session/SoundModule.h"
#include "services/settings/AppSettings.h"
#include "services/settings/AutostartEntry.h"
#include "services/settings/PrescriptionRecorder.h"
#include "ui/common/Illustrations.h"
#include "ui/home/HomeView.h"
#include "ui/reminders/RemindersQuestion.h"
#include "ui/reminders/TrayIcon.h"
#include "ui/reminders/WindowReminderNotifier.h"
#include "ui/reminders/X11FullscreenSource.h"
#include "ui/reminders/X11IdleProbe.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimeZone>

namespace footcoach {

namespace {

QString reminderText(const PlannedReminder* next, const QDateTime& nowUtc, const QTimeZone& zone) {
    const QDateTime local = next->due.toTimeZone(zone);
    const QDate today = nowUtc.toTimeZone(zone).date();
    const QString time = Words::clockTime(local.time());
    if (local.date() == today)
        return AppController::tr("Next reminder: today at %1").arg(time);
    if (local.date() == today.addDays(1))
        return AppController::tr("Next reminder: tomorrow at %1").arg(time);
    return AppController::tr("Next reminder: %1 at %2")
        .arg(QLocale().dayName(local.date().dayOfWeek(), QLocale::LongFormat), time);
}

} // namespace

AppController::AppController(AppControllerDeps deps, std::optional<Routine> routineOverride,
                             QObject* parent)
    : QObject(parent)
    , m_deps(deps)
    , m_routineOverride(std::move(routineOverride)) {
    const bool defaultDir = QDir(m_deps.dataDir) ==
                            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    m_autostart = std::make_unique<AutostartEntry>(defaultDir ? QString() : m_deps.dataDir);
    m_illustrations = std::make_unique<Illustrations>();
    rebuildPlan();

    m_availability = new UserAvailability(this);
    m_scheduler = new ReminderScheduler(m_deps.settings, m_deps.history.reminders,
                                        m_deps.history.reader, m_deps.wallClock, m_deps.zone,
                                        m_deps.wakeTimer, *m_availability, this);
    m_notifier = new DBusReminderNotifier([] { return QDBusConnection::sessionBus(); }, this);
    m_reminderWindow = new WindowReminderNotifier(this);
    m_presenter = new ReminderPresenter(
        *m_notifier, *m_reminderWindow, [this] { return cues(); }, this);

    connect(m_scheduler, &ReminderScheduler::reminderDue, this, &AppController::onReminder);
    connect(m_scheduler, &ReminderScheduler::nextChanged, this, &AppController::updateTray);
    connect(m_presenter, &ReminderPresenter::startRequested, this,
            [this](const SlotKey& key) { startSession(key.slot); });
    connect(m_presenter, &ReminderPresenter::snoozeRequested, m_scheduler,
            &ReminderScheduler::snooze);
    connect(m_presenter, &ReminderPresenter::skipRequested, m_scheduler, &ReminderScheduler::skip);

    // Another process (footcoach --reminders) may change the settings file: follow it.
    m_settingsWatcher = new QFileSystemWatcher(QStringList{m_deps.dataDir}, this);
    connect(m_settingsWatcher, &QFileSystemWatcher::directoryChanged, &m_deps.settings,
            &AppSettings::reload);
}

AppController::~AppController() {
    delete m_window;
}

MainWindow* AppController::window() const {
    return m_window.data();
}

RemindersQuestion* AppController::remindersQuestion() const {
    return m_question.data();
}

QMessageBox* AppController::backgroundExplanation() const {
    return m_explanation.data();
}

CuePlayer* AppController::cues() {
    if (!m_cues)
        m_cues = new DeferredCuePlayer(
            [this]() -> CuePlayer* {
                if (SoundModule* sound = soundModule())
                    return sound->createCuePlayer(m_deps.settings, nullptr);
                return new SilentCuePlayer; // the session says that no sound is available
            },
            this);
    return m_cues;
}

void AppController::rebuildPlan() {
    Routine base = RoutineLoader::builtIn();
    QString baseFile; // the routine file in use; empty for the built-in routine
    if (m_routineOverride) {
        base = *m_routineOverride;
    } else if (const QString file = m_deps.settings.routineFile(); !file.isEmpty()) {
        RoutineResult loaded = RoutineLoader::loadFile(file);
        if (auto* routine = std::get_if<Routine>(&loaded)) {
            base = *routine;
            baseFile = file;
        } else if (m_window)
            m_window->showNotice(tr("Your routine file cannot be used, so the standard routine is "
                                    "shown: %1")
                                     .arg(std::get<RoutineError>(loaded).message()));
    }
    m_baseRoutine = base;
    const ProgramOverrides program = m_deps.settings.program();
    m_plan = SessionPlan(program.appliedTo(base));
    if (m_window)
        m_window->setPlan(m_plan);

    // The history keeps every change of the program with its date, so the record stays true;
    // looked at on every start as well, since a routine file or the built-in routine may have
    // changed in between. A routine given with --routine is for one run, not a prescription.
    if (m_routineOverride)
        return;
    const QDate today = m_deps.wallClock.nowUtc().toTimeZone(m_deps.zone.zone()).date();
    PrescriptionRecorder(m_deps.history.prescriptions)
        .record(Prescription::of(m_plan.routine(), baseFile), today);
}

void AppController::startWindowed(const std::function<void()>& beforeShow) {
    // Closing the window decides for itself whether FootCoach goes on (onWindowClosed), and no
    // other window (a reminder, a message) ends it by closing last.
    QApplication::setQuitOnLastWindowClosed(false);
    showWindow(beforeShow);
    // What the first window does not show waits until it is up.
    QMetaObject::invokeMethod(this, &AppController::startReminders, Qt::QueuedConnection);
}

// Every desktop service that can say the user cannot act on a reminder now; any one saying so
// makes the reminder wait. Services that are absent never say so.
void AppController::watchAvailability() {
    using namespace std::chrono_literals;
    constexpr std::chrono::milliseconds kIdle = 10min;
    const QDBusConnection session = QDBusConnection::sessionBus();
    m_availability->add(new LogindSessionSource(QDBusConnection::systemBus(),
                                                qEnvironmentVariable("XDG_SESSION_ID")));
    m_availability->add(ScreenSaverSource::freedesktop(session));
    m_availability->add(ScreenSaverSource::gnome(session));
    m_availability->add(new MutterIdleSource(session, kIdle));
    m_availability->add(new AskedIdleSource(std::make_unique<KdeIdleProbe>(session), kIdle));
    if (X11IdleProbe::isAvailable())
        m_availability->add(new AskedIdleSource(std::make_unique<X11IdleProbe>(), kIdle));
    if (X11FullscreenSource::isAvailable())
        m_availability->add(new X11FullscreenSource);
}

void AppController::startReminders() {
    watchAvailability();
    m_sleep = new SleepWatcher(QDBusConnection::systemBus(), this);
    connect(m_sleep, &SleepWatcher::resumed, m_scheduler, &ReminderScheduler::replan);
    connect(m_sleep, &SleepWatcher::timeZoneChanged, m_scheduler, &ReminderScheduler::replan);
    m_scheduler->replan();
}

void AppController::startInBackground() {
    m_background = true;
    QApplication::setQuitOnLastWindowClosed(false);
    ensureTray();
    startReminders();
}

void AppController::ensureTray() {
    // Where the desktop has no tray (GNOME without an AppIndicator extension, a bare
    // compositor), FootCoach runs unseen and speaks through its notifications alone.
    if (m_tray || !TrayIcon::isAvailable())
        return;
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::startSessionRequested, this, [this] { startSession(std::nullopt); });
    connect(m_tray, &TrayIcon::openRequested, this, [this] { showWindow(); });
    connect(m_tray, &TrayIcon::snoozeRequested, m_scheduler, &ReminderScheduler::snoozeNext);
    connect(m_tray, &TrayIcon::settingsRequested, this, &AppController::openSettings);
    connect(m_tray, &TrayIcon::quitRequested, this, &AppController::quit);
    updateTray();
}

void AppController::quit() {
    Q_EMIT quitting();
    QApplication::quit();
}

void AppController::onWindowClosed() {
    // With nothing to remind of, closing the window ends FootCoach, as it always did.
    if (!m_deps.settings.remindersOn()) {
        quit();
        return;
    }
    ensureTray();
    // Once the window is gone, so that the message does not stand over it.
    QMetaObject::invokeMethod(this, &AppController::explainBackgroundOnce, Qt::QueuedConnection);
}

QString AppController::backgroundText() const {
    const QString where =
        m_tray ? tr("FootCoach is still running, so that it can remind you of your stretches. "
                    "Its small icon is in the tray of your desktop's panel: click it to open "
                    "FootCoach again.\n\nTo quit FootCoach, choose \"Quit FootCoach\" in that "
                    "icon's menu, or Quit in the File menu of its window.")
               : tr("FootCoach is still running, without a window, so that it can remind you of "
                    "your stretches. The reminders come as notifications.\n\nTo open FootCoach "
                    "again, start it as usual, for example from your applications menu. To quit "
                    "it, open it and choose Quit in the File menu.");
    const std::optional<PlannedReminder> next = m_scheduler->next();
    if (!next)
        return where;
    return where + QStringLiteral("\n\n%1.").arg(
                       reminderText(&*next, m_deps.wallClock.nowUtc(), m_deps.zone.zone()));
}

void AppController::explainBackgroundOnce() {
    if (m_deps.settings.backgroundExplained())
        return;
    m_deps.settings.setBackgroundExplained(true);
    // Not modal and not over the window, which is gone: the box stands on its own.
    auto* box = new QMessageBox(QMessageBox::Information, tr("Reminders"), backgroundText());
    box->setObjectName(QStringLiteral("backgroundExplanation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false); // the window, opened again, stays usable beside it
    QPushButton* ok = box->addButton(tr("OK, keep reminding me"), QMessageBox::AcceptRole);
    QPushButton* quitButton = box->addButton(tr("&Quit FootCoach"), QMessageBox::DestructiveRole);
    quitButton->setObjectName(QStringLiteral("quitNow"));
    box->setDefaultButton(ok);
    box->setEscapeButton(ok);
    connect(box, &QMessageBox::finished, this, [this, box, quitButton] {
        if (box->clickedButton() == quitButton)
            quit();
    });
    m_explanation = box;
    box->show();
}

void AppController::askAboutRemindersIfDue() {
    if (m_background || m_question || m_deps.settings.remindersQuestionAnswered() || !m_window ||
        !m_window->isVisible() || m_window->controller())
        return; // asked once, over the home screen, never during a session
    if (m_autostart->isEnabled()) {
        // Already started at login (set up before, or by another copy): nothing to ask.
        m_deps.settings.setRemindersQuestionAnswered(true);
        return;
    }
    m_question = new RemindersQuestion(m_window);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_question, &RemindersQuestion::answered, this,
            &AppController::answerRemindersQuestion);
    m_question->open();
}

void AppController::answerRemindersQuestion(bool yes) {
    m_deps.settings.setRemindersQuestionAnswered(true);
    QString error;
    if (m_autostart->setEnabled(yes, &error))
        m_deps.settings.setStartAtLogin(yes);
    else
        QMessageBox::warning(m_window, tr("Start at login"), error);
    updateTray();
}

void AppController::showWindow(const std::function<void()>& beforeShow) {
    if (!m_window) {
        m_voice = new DeferredVoice(
            m_deps.settings,
            [this]() -> Voice* {
                SoundModule* sound = soundModule();
                return sound ? sound->createVoice(m_deps.settings, nullptr) : nullptr;
            },
            this);
        m_window = new MainWindow({m_deps.settings, m_deps.history.recorder, m_deps.history.reader,
                                   m_deps.history.prescriptions, m_deps.historyAvailable, *cues(),
                                   m_voice, *m_illustrations, m_deps.clock, m_deps.wallClock,
                                   m_deps.zone, m_deps.charts},
                                  m_plan);
        connect(m_window, &MainWindow::settingsRequested, this, &AppController::openSettings);
        connect(m_window, &MainWindow::quitRequested, this, &AppController::quit);
        connect(m_window, &MainWindow::windowClosed, this, &AppController::onWindowClosed);
        // Queued: the home screen also comes back while the window closes.
        connect(m_window, &MainWindow::homeShown, this, &AppController::askAboutRemindersIfDue,
                Qt::QueuedConnection);
        connect(m_window, &MainWindow::sessionStarted, this, [this](const SlotKey& key) {
            m_presenter->withdraw();
            m_scheduler->markStarted(key);
        });
        updateTray();
    }
    if (beforeShow)
        beforeShow();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void AppController::startSession(std::optional<Slot> slot) {
    showWindow();
    m_window->startSession(slot);
}

void AppController::openSettings() {
    SettingsDialog dialog(m_deps.settings, *m_autostart, m_baseRoutine,
                          soundModule() ? soundModule()->voiceAvailable()
                                        : QtFuture::makeReadyFuture(false),
                          m_window);
    connect(&dialog, &SettingsDialog::programChanged, this, &AppController::applyProgramChange);
    dialog.exec();
    updateTray(); // "start at login" may have changed what the home screen can promise
}

SoundModule* AppController::soundModule() {
    QString error;
    SoundModule* sound = m_deps.sound ? m_deps.sound(&error) : nullptr;
    if (!sound && !m_soundModuleMissing) {
        m_soundModuleMissing = true; // said once
        qWarning().noquote() << "footcoach: no sound:" << error;
    }
    return sound;
}

void AppController::handleArguments(const QStringList& arguments) {
    const CommandLine options = CommandLine::parse(arguments);
    if (options.action == CommandLine::Action::RunGui && options.startSession)
        startSession(options.slot);
    else if (options.action == CommandLine::Action::RunGui && !options.background)
        showWindow();
}

void AppController::onReminder(const PlannedReminder& reminder) {
    // A background process may run for weeks: each reminder is a chance for the daily backup.
    m_deps.history.maintenance.backupIfDue();
    m_presenter->present(reminder, m_plan.totalSeconds(), m_deps.settings.schedule().snoozeMinutes);
}

QString AppController::homeReminderText() const {
    if (!m_deps.settings.remindersOn())
        return tr("Reminders are off. To be reminded every morning and evening, turn them on in "
                  "Settings, Reminders.");
    const std::optional<PlannedReminder> next = m_scheduler->next();
    if (!next)
        return {}; // not planned yet: the first plan follows the first window
    const QString text = reminderText(&*next, m_deps.wallClock.nowUtc(), m_deps.zone.zone());
    // Closing the window keeps FootCoach reminding; only a restart, without start at login,
    // ends the reminders.
    if (m_autostart->isEnabled())
        return text;
    return tr("%1. FootCoach reminds you while it runs, also with its window closed. To be "
              "reminded after a restart too, turn on \"Start FootCoach when I log in\" in "
              "Settings, General.")
        .arg(text);
}

void AppController::updateTray() {
    if (m_tray) {
        const std::optional<PlannedReminder> next = m_scheduler->next();
        m_tray->setNextReminderText(
            tr("FootCoach\n%1")
                .arg(next ? reminderText(&*next, m_deps.wallClock.nowUtc(), m_deps.zone.zone())
                          : tr("Reminders are off.")));
        m_tray->setSnoozeEnabled(next.has_value());
    }
    if (m_window)
        m_window->setNextReminderText(homeReminderText());
}

} // namespace footcoach
