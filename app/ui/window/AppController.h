#pragma once

#include "footcoach/HistoryRoles.h"
#include "footcoach/Routine.h"
#include "footcoach/Schedule.h"
#include "footcoach/SessionPlan.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QFileSystemWatcher;
class QMessageBox;

namespace footcoach {

class AppSettings;
class AutostartEntry;
class ChartsModule;
class CuePlayer;
class DBusReminderNotifier;
class TimeZoneProvider;
class Illustrations;
class MainWindow;
class MonotonicClock;
class ReminderPresenter;
class ReminderScheduler;
class RemindersQuestion;
class WindowReminderNotifier;
class SleepWatcher;
class TrayIcon;
class UserAvailability;
class SoundModule;
class Voice;
class WakeTimer;
class WallClock;

struct AppControllerDeps {
    AppSettings& settings;
    // The history's roles: the open HistoryStore, or an UnavailableHistory in its place.
    HistoryRoles history;
    bool historyAvailable;
    const MonotonicClock& clock;
    const WallClock& wallClock;
    const TimeZoneProvider& zone;
    WakeTimer& wakeTimer;
    QString dataDir;
    // The charts module (History screen, report), loaded on first use; see ChartsModule.h.
    std::function<ChartsModule*(QString* error)> charts;
    // The sound module (cue sounds, voice), loaded when sound is first needed.
    std::function<SoundModule*(QString* error)> sound;
};

// The running app: the main window (created when first needed), reminders, the tray, and the
// answers to later launches. Owns what it creates; everything shared comes in through deps.
class AppController : public QObject {
    Q_OBJECT
public:
    // routineOverride: a routine given with --routine, used for this run instead of settings.
    AppController(AppControllerDeps deps, std::optional<Routine> routineOverride,
                  QObject* parent = nullptr);
    ~AppController() override;

    // Normal start: the window at once, then (once it is up) the reminders and the watch for
    // sleep. Background start: no window, reminders and tray only. Either way, closing the
    // window with reminders on leaves FootCoach running in the background (with a tray icon
    // where the desktop has a tray); with every reminder off it ends FootCoach. beforeShow runs
    // once the window is built, just before it is first shown (and lays out its text).
    void startWindowed(const std::function<void()>& beforeShow = {});
    void startInBackground();
    // The first start's question, whether to start at login so that reminders come also after
    // a restart: asked once, over the home screen (after a session when one was started).
    void askAboutRemindersIfDue();

    void showWindow(const std::function<void()>& beforeShow = {});
    void startSession(std::optional<Slot> slot);
    void openSettings();
    // Arguments handed over by a later launch (see SingleInstance).
    void handleArguments(const QStringList& arguments);

    // The program settings changed: rebuild the session plan and note the change, with its
    // date, in the history.
    void applyProgramChange() { rebuildPlan(); }

    MainWindow* window() const;
    ReminderScheduler* scheduler() const { return m_scheduler; }
    const SessionPlan& plan() const { return m_plan; }
    // Null until it is asked, and once it is answered.
    RemindersQuestion* remindersQuestion() const;
    // The first close's word on where FootCoach went; null when not showing.
    QMessageBox* backgroundExplanation() const;
    TrayIcon* tray() const { return m_tray; }
    // The text the home screen shows about reminders.
    QString homeReminderText() const;

Q_SIGNALS:
    // FootCoach is ending (File > Quit, the tray's Quit, or the window closed with every
    // reminder off); the application quits right after.
    void quitting();

private:
    void startReminders();
    void watchAvailability();
    void rebuildPlan();
    void onReminder(const PlannedReminder& reminder);
    void updateTray();
    void onWindowClosed();
    void ensureTray();
    void explainBackgroundOnce();
    QString backgroundText() const;
    void answerRemindersQuestion(bool yes);
    void quit();
    CuePlayer* cues();
    // Null (said once on standard error) when the module cannot be loaded: no sound then.
    SoundModule* soundModule();

    AppControllerDeps m_deps;
    std::optional<Routine> m_routineOverride;
    Routine m_baseRoutine;
    SessionPlan m_plan;
    std::unique_ptr<AutostartEntry> m_autostart;
    std::unique_ptr<Illustrations> m_illustrations;
    CuePlayer* m_cues = nullptr;
    Voice* m_voice = nullptr;
    bool m_soundModuleMissing = false;
    QPointer<MainWindow> m_window;
    ReminderScheduler* m_scheduler = nullptr;
    DBusReminderNotifier* m_notifier = nullptr;
    WindowReminderNotifier* m_reminderWindow = nullptr;
    ReminderPresenter* m_presenter = nullptr;
    SleepWatcher* m_sleep = nullptr;
    UserAvailability* m_availability = nullptr;
    TrayIcon* m_tray = nullptr;
    QPointer<RemindersQuestion> m_question;
    QPointer<QMessageBox> m_explanation;
    QFileSystemWatcher* m_settingsWatcher = nullptr;
    bool m_background = false;
};

} // namespace footcoach
