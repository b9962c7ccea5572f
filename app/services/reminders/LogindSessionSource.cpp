#include "services/reminders/LogindSessionSource.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace footcoach {

namespace {
const QString kService = QStringLiteral("org.freedesktop.login1");
const QString kSession = QStringLiteral("org.freedesktop.login1.Session");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");
} // namespace

LogindSessionSource::LogindSessionSource(QDBusConnection systemBus, const QString& sessionId,
                                         QObject* parent)
    : AvailabilitySource(parent)
    , m_bus(std::move(systemBus)) {
    setObjectName(QStringLiteral("logind"));
    if (!m_bus.isConnected())
        return;
    QDBusMessage ask = QDBusMessage::createMethodCall(
        kService, QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"),
        sessionId.isEmpty() ? QStringLiteral("GetSessionByPID") : QStringLiteral("GetSession"));
    if (sessionId.isEmpty())
        ask << static_cast<uint>(QCoreApplication::applicationPid());
    else
        ask << sessionId;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(ask), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        const QDBusPendingReply<QDBusObjectPath> reply = *w;
        if (reply.isValid())
            follow(reply.value().path());
        w->deleteLater();
    });
}

void LogindSessionSource::follow(const QString& path) {
    m_bus.connect(kService, path, kProperties, QStringLiteral("PropertiesChanged"), this,
                  SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
    QDBusMessage ask =
        QDBusMessage::createMethodCall(kService, path, kProperties, QStringLiteral("GetAll"));
    ask << kSession;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(ask), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        const QDBusPendingReply<QVariantMap> reply = *w;
        if (reply.isValid())
            apply(reply.value());
        w->deleteLater();
    });
}

void LogindSessionSource::onPropertiesChanged(const QString& interface, const QVariantMap& changed,
                                              const QStringList& invalidated) {
    Q_UNUSED(invalidated);
    if (interface == kSession)
        apply(changed);
}

void LogindSessionSource::apply(const QVariantMap& properties) {
    const bool before = blocks();
    if (properties.contains(QStringLiteral("LockedHint")))
        m_locked = properties.value(QStringLiteral("LockedHint")).toBool();
    if (properties.contains(QStringLiteral("Active")))
        m_active = properties.value(QStringLiteral("Active")).toBool();
    if (blocks() != before)
        Q_EMIT changed();
}

} // namespace footcoach
