#pragma once

#include <QPointer>
#include <QWidget>

namespace footcoach {

class SessionEngine;
enum class EngineState;

// Tells a screen reader what the session is doing now, once per change, without taking the
// keyboard: "Left leg, rep 2 of 3: hold for 20 seconds", "Relax for 5 seconds", "Paused".
//
// Qt 6.4 has no announcement event (QAccessibleAnnouncementEvent came with 6.8, Orca reads it
// from 45.2 on). What Orca does speak for an object without focus is a notification that
// appears: an accessible with the Notification role whose "showing" state turns on (Orca's
// default script, onShowingChanged). So this is an invisible, empty widget with that role,
// named after the announcement, hidden and shown again for each one. A label renamed without
// focus, as before, is not spoken. While the window is not active (just opened, or behind a
// dialog) the text waits: Qt's bridge drops what comes before it is connected, and Orca would
// cut it off with the window's own name.
class PhaseAnnouncer : public QWidget {
    Q_OBJECT
public:
    explicit PhaseAnnouncer(QWidget* parent = nullptr);

    // Announces the phases and pauses of this engine's session; nullptr: none.
    void follow(const SessionEngine* engine);
    // Announces text: now if the window is the active one, else as soon as the user is back in
    // it (a screen reader follows the active window; a newer text replaces an unsaid one).
    void announce(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onStateChanged(EngineState state);

    void stopWaiting();

    QPointer<const SessionEngine> m_engine;
    QPointer<QWidget> m_waitingFor; // the window whose activation says the unsaid text
    bool m_paused = false;
};

} // namespace footcoach
