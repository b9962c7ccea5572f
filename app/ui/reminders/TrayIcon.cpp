#include "ui/reminders/TrayIcon.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace footcoach {

bool TrayIcon::isAvailable() {
    return QSystemTrayIcon::isSystemTrayAvailable();
}

TrayIcon::TrayIcon(QObject* parent)
    : QObject(parent)
    , m_icon(new QSystemTrayIcon(QApplication::windowIcon(), this)) {
    auto* menu = new QMenu;
    menu->addAction(tr("Start a session now"), this, &TrayIcon::startSessionRequested);
    menu->addAction(tr("Open FootCoach"), this, &TrayIcon::openRequested);
    m_snooze = menu->addAction(tr("Put off the next reminder"), this, &TrayIcon::snoozeRequested);
    menu->addAction(tr("Settings…"), this, &TrayIcon::settingsRequested);
    menu->addSeparator();
    menu->addAction(tr("Quit FootCoach"), this, &TrayIcon::quitRequested);
    m_icon->setContextMenu(menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openRequested();
            });
    m_icon->setToolTip(tr("FootCoach"));
    m_icon->show();
}

TrayIcon::~TrayIcon() {
    delete m_icon->contextMenu();
}

void TrayIcon::setNextReminderText(const QString& text) {
    m_icon->setToolTip(text);
}

void TrayIcon::setSnoozeEnabled(bool enabled) {
    m_snooze->setEnabled(enabled);
}

} // namespace footcoach
