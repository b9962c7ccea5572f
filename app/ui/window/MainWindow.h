#pragma once

#include "footcoach/SessionPlan.h"

#include <QMainWindow>

#include <functional>

#include <optional>

class QStackedWidget;
class QTimer;

namespace footcoach {

class AppSettings;
class CuePlayer;
class HistoryReader;
class PrescriptionLog;
class SessionRecorder;
class TimeZoneProvider;
class ChartsModule;
class HistoryScreen;
class InfoView;
class HomeView;
class Illustrations;
class MonotonicClock;
class SessionController;
class SessionView;
class Voice;
class WallClock;

// Everything the main window needs, handed in by main(): nothing is reached for globally.
struct MainWindowDeps {
    AppSettings& settings;
    // The history's roles; an UnavailableHistory when it cannot be opened (sessions still run).
    SessionRecorder& recorder;
    const HistoryReader& history;
    const PrescriptionLog& prescriptions;
    // False when the history cannot be opened: History, export and report are then disabled.
    bool historyAvailable;
    CuePlayer& cues;
    Voice* voice;
    Illustrations& illustrations;
    const MonotonicClock& clock;
    const WallClock& wallClock;
    const TimeZoneProvider& zone;
    // The charts module (History screen, report), loaded on first use; null with the error
    // set when it cannot be loaded.
    std::function<ChartsModule*(QString* error)> charts;
};

// The window: a home screen and a session screen, one shown at a time.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(MainWindowDeps deps, SessionPlan plan, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the session screen and starts a session for slot. Without one, the session counts
    // for the slot whose window is open and not yet done, and otherwise is an extra session.
    void startSession(std::optional<Slot> slot, std::optional<int> numbnessBefore = std::nullopt);
    void showNotice(const QString& text);
    // The routine changed (program settings): the next session follows the new plan.
    void setPlan(const SessionPlan& plan);
    void setNextReminderText(const QString& text);

    HomeView* homeView() const { return m_home; }
    // The session screen, created when the first session starts (null until then).
    SessionView* sessionView() const { return m_session; }
    SessionController* controller() const { return m_controller; }
    // The History screen, created the first time it is opened (null until then).
    HistoryScreen* historyView() const { return m_history; }
    void showHistory();
    void showInfo();

Q_SIGNALS:
    void settingsRequested();
    // File > Quit: the window is closed (any session stopped, its answer saved); FootCoach ends.
    void quitRequested();
    // The user closed the window (not by Quit); whether FootCoach goes on is the caller's call.
    void windowClosed();
    // The home screen is shown again (at start, and back from a session or another screen).
    void homeShown();
    // A session that counts for a slot began (an extra session counts for none, and says
    // nothing here: it never cancels a reminder).
    void sessionStarted(const footcoach::SlotKey& slot);

protected:
    bool event(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void refreshHome();
    std::optional<SlotKey> slotForSession(std::optional<Slot> requested) const;
    QString extraSessionText(const QDateTime& nowUtc) const;
    void finishSession(std::optional<int> numbnessAfter);
    void showHome();
    void exportCsv();
    void printReport();
    void printExerciseSheet();
    void showAbout();
    ChartsModule* chartsModule();
    QStackedWidget* pages();

    MainWindowDeps m_deps;
    SessionPlan m_plan;
    QStackedWidget* m_pages = nullptr;
    HomeView* m_home = nullptr;
    SessionView* m_session = nullptr;
    SessionController* m_controller = nullptr;
    HistoryScreen* m_history = nullptr;
    InfoView* m_info = nullptr;
    QTimer* m_windowChange = nullptr; // refreshes the home screen when a slot's window opens or
                                      // closes
    bool m_quitting = false;          // File > Quit is closing the window
};

} // namespace footcoach
