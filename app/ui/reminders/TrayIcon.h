#pragma once

#include <QObject>

class QAction;
class QSystemTrayIcon;

namespace footcoach {

// The system tray icon of background mode, where the desktop has a tray.
class TrayIcon : public QObject {
    Q_OBJECT
public:
    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    void setNextReminderText(const QString& text);
    void setSnoozeEnabled(bool enabled);

Q_SIGNALS:
    void startSessionRequested();
    void openRequested();
    void snoozeRequested();
    void settingsRequested();
    void quitRequested();

private:
    QSystemTrayIcon* m_icon = nullptr;
    QAction* m_snooze = nullptr;
};

} // namespace footcoach
