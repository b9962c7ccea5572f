#include "services/reminders/KdeIdleProbe.h"

#include <QDBusMessage>
#include <QDBusReply>

namespace footcoach {

KdeIdleProbe::KdeIdleProbe(QDBusConnection bus)
    : m_bus(std::move(bus)) {}

std::optional<std::chrono::milliseconds> KdeIdleProbe::idleTime() {
    if (m_missing || !m_bus.isConnected())
        return std::nullopt;
    const QDBusMessage ask = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/ScreenSaver"),
        QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("GetSessionIdleTime"));
    // Asked only at a reminder and while one waits; a short timeout keeps a hung service from
    // holding the app up.
    const QDBusReply<uint> reply = m_bus.call(ask, QDBus::Block, 500);
    if (!reply.isValid()) {
        m_missing = reply.error().type() == QDBusError::ServiceUnknown ||
                    reply.error().type() == QDBusError::UnknownMethod ||
                    reply.error().type() == QDBusError::UnknownObject;
        return std::nullopt;
    }
    return std::chrono::milliseconds(reply.value());
}

} // namespace footcoach
