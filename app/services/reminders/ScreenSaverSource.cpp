#include "services/reminders/ScreenSaverSource.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace footcoach {

ScreenSaverSource::ScreenSaverSource(QDBusConnection bus, const QString& service,
                                     const QString& path, const QString& interface, QObject* parent)
    : AvailabilitySource(parent) {
    setObjectName(service);
    if (!bus.isConnected())
        return;
    bus.connect(service, path, interface, QStringLiteral("ActiveChanged"), this,
                SLOT(onActiveChanged(bool)));
    // The state now, asked without waiting for it; no such service simply answers nothing.
    const QDBusMessage ask =
        QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("GetActive"));
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(ask), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        const QDBusPendingReply<bool> reply = *w;
        if (reply.isValid())
            set(reply.value());
        w->deleteLater();
    });
}

ScreenSaverSource* ScreenSaverSource::freedesktop(QDBusConnection bus, QObject* parent) {
    return new ScreenSaverSource(bus, QStringLiteral("org.freedesktop.ScreenSaver"),
                                 QStringLiteral("/org/freedesktop/ScreenSaver"),
                                 QStringLiteral("org.freedesktop.ScreenSaver"), parent);
}

ScreenSaverSource* ScreenSaverSource::gnome(QDBusConnection bus, QObject* parent) {
    return new ScreenSaverSource(bus, QStringLiteral("org.gnome.ScreenSaver"),
                                 QStringLiteral("/org/gnome/ScreenSaver"),
                                 QStringLiteral("org.gnome.ScreenSaver"), parent);
}

void ScreenSaverSource::onActiveChanged(bool active) {
    set(active);
}

void ScreenSaverSource::set(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT changed();
}

} // namespace footcoach
