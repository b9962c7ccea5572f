#pragma once

#include "services/reminders/AvailabilitySource.h"

#include <QDBusConnection>
#include <QVariantMap>

namespace footcoach {

// This login session as logind sees it (org.freedesktop.login1.Session on the system bus):
// it blocks while the session is locked (LockedHint) or not the active one (Active false: a
// fast user switch, another seat's turn). Follows PropertiesChanged; nothing polls.
class LogindSessionSource final : public AvailabilitySource {
    Q_OBJECT
public:
    // sessionId: $XDG_SESSION_ID; when empty, the session is looked up by this process's id.
    LogindSessionSource(QDBusConnection systemBus, const QString& sessionId,
                        QObject* parent = nullptr);

    bool blocks() const override { return m_locked || !m_active; }

private Q_SLOTS:
    void onPropertiesChanged(const QString& interface, const QVariantMap& changed,
                             const QStringList& invalidated);

private:
    void follow(const QString& path);
    void apply(const QVariantMap& properties);

    QDBusConnection m_bus;
    bool m_locked = false;
    bool m_active = true;
};

} // namespace footcoach
