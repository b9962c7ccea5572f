#include "services/reminders/SleepWatcher.h"

#include <QFileSystemWatcher>

namespace footcoach {

SleepWatcher::SleepWatcher(QDBusConnection systemBus, QObject* parent)
    : QObject(parent)
    , m_bus(std::move(systemBus)) {
    if (m_bus.isConnected()) {
        m_watchingSleep = m_bus.connect(
            QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
            this, SLOT(onPrepareForSleep(bool)));
    }
    // Time-zone tools replace /etc/localtime; the watcher reports the replacement.
    m_zoneWatcher = new QFileSystemWatcher(this);
    m_zoneWatcher->addPath(QStringLiteral("/etc/localtime"));
    connect(m_zoneWatcher, &QFileSystemWatcher::fileChanged, this, [this](const QString& path) {
        if (!m_zoneWatcher->files().contains(path))
            m_zoneWatcher->addPath(path); // re-watch a replaced file
        Q_EMIT timeZoneChanged();
    });
}

void SleepWatcher::onPrepareForSleep(bool goingToSleep) {
    if (!goingToSleep)
        Q_EMIT resumed();
}

} // namespace footcoach
