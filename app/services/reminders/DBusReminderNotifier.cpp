#include "services/reminders/DBusReminderNotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace footcoach {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

DBusReminderNotifier::DBusReminderNotifier(BusProvider bus, QObject* parent)
    : ReminderNotifier(parent)
    , m_provider(std::move(bus)) {}

QDBusConnection& DBusReminderNotifier::bus() {
    if (!m_bus) {
        m_bus = m_provider();
        m_bus->connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                       SLOT(onActionInvoked(uint, QString)));
        m_bus->connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                       SLOT(onClosed(uint, uint)));
    }
    return *m_bus;
}

void DBusReminderNotifier::show(const PlannedReminder& reminder, const QString& title,
                                const QString& body, int snoozeMinutes) {
    if (!bus().isConnected()) {
        Q_EMIT failed(reminder);
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QStringList actions{QStringLiteral("start"),  tr("Start now"),
                              QStringLiteral("snooze"), tr("In %n minutes", nullptr, snoozeMinutes),
                              QStringLiteral("skip"),   tr("Skip this time")};
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.github.footcoach.FootCoach"));
    hints.insert(QStringLiteral("category"), QStringLiteral("reminder"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(1));
    hints.insert(QStringLiteral("suppress-sound"), true); // FootCoach plays its own soft chime
    call << QStringLiteral("FootCoach") << m_id << QStringLiteral("io.github.footcoach.FootCoach")
         << title << body << actions << hints << 0; // 0: stays until the user answers
    m_key = reminder.key;
    auto* watcher = new QDBusPendingCallWatcher(bus().asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, reminder](QDBusPendingCallWatcher* w) {
                const QDBusPendingReply<uint> reply = *w;
                w->deleteLater();
                if (reply.isError()) {
                    Q_EMIT failed(reminder);
                    return;
                }
                m_id = reply.value();
            });
}

void DBusReminderNotifier::withdraw() {
    if (m_id == 0)
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                       QStringLiteral("CloseNotification"));
    call << m_id;
    bus().asyncCall(call);
    m_id = 0;
}

void DBusReminderNotifier::onActionInvoked(uint id, const QString& action) {
    if (id == 0 || id != m_id)
        return;
    m_id = 0;
    if (action == QLatin1String("start") || action == QLatin1String("default"))
        Q_EMIT startRequested(m_key);
    else if (action == QLatin1String("snooze"))
        Q_EMIT snoozeRequested(m_key);
    else if (action == QLatin1String("skip"))
        Q_EMIT skipRequested(m_key);
}

void DBusReminderNotifier::onClosed(uint id, uint) {
    if (id == m_id)
        m_id = 0;
}

} // namespace footcoach
