#include "services/reminders/MutterIdleSource.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace footcoach {

namespace {
const QString kService = QStringLiteral("org.gnome.Mutter.IdleMonitor");
const QString kPath = QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core");
const QString kInterface = QStringLiteral("org.gnome.Mutter.IdleMonitor");
} // namespace

MutterIdleSource::MutterIdleSource(QDBusConnection bus, std::chrono::milliseconds threshold,
                                   QObject* parent)
    : AvailabilitySource(parent)
    , m_bus(std::move(bus))
    , m_threshold(threshold) {
    setObjectName(kService);
    if (!m_bus.isConnected())
        return;
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("WatchFired"), this,
                  SLOT(onWatchFired(uint)));
    addWatch(QStringLiteral("AddIdleWatch"), {QVariant::fromValue<quint64>(m_threshold.count())},
             &m_idleWatch);
    // Already idle that long when FootCoach starts: the idle watch will not fire, so ask once.
    auto* watcher = new QDBusPendingCallWatcher(
        m_bus.asyncCall(QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                       QStringLiteral("GetIdletime"))),
        this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        const QDBusPendingReply<quint64> reply = *w;
        if (reply.isValid() && static_cast<qint64>(reply.value()) >= m_threshold.count())
            onWatchFired(m_idleWatch);
        w->deleteLater();
    });
}

void MutterIdleSource::addWatch(const QString& method, const QVariantList& arguments, uint* into) {
    QDBusMessage ask = QDBusMessage::createMethodCall(kService, kPath, kInterface, method);
    ask.setArguments(arguments);
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(ask), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [into](QDBusPendingCallWatcher* w) {
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isValid())
            *into = reply.value();
        w->deleteLater();
    });
}

void MutterIdleSource::onWatchFired(uint id) {
    if (id == 0)
        return;
    if (id == m_idleWatch && !m_idle) {
        setIdle(true);
        // A user-active watch fires once, at the next input.
        addWatch(QStringLiteral("AddUserActiveWatch"), {}, &m_activeWatch);
    } else if (id == m_activeWatch) {
        m_activeWatch = 0;
        setIdle(false);
    }
}

void MutterIdleSource::setIdle(bool idle) {
    if (idle == m_idle)
        return;
    m_idle = idle;
    Q_EMIT changed();
}

} // namespace footcoach
