#pragma once

#include "services/reminders/AvailabilitySource.h"

#include <QDBusConnection>

namespace footcoach {

// A screen saver or screen lock on the session bus that has GetActive and ActiveChanged:
// org.freedesktop.ScreenSaver (KDE, Xfce, most desktops) and org.gnome.ScreenSaver (GNOME).
// Active means the screen is locked or blanked: the user cannot see a reminder.
class ScreenSaverSource final : public AvailabilitySource {
    Q_OBJECT
public:
    ScreenSaverSource(QDBusConnection bus, const QString& service, const QString& path,
                      const QString& interface, QObject* parent = nullptr);

    static ScreenSaverSource* freedesktop(QDBusConnection bus, QObject* parent = nullptr);
    static ScreenSaverSource* gnome(QDBusConnection bus, QObject* parent = nullptr);

    bool blocks() const override { return m_active; }

private Q_SLOTS:
    // QtDBus connects signals by name only, hence a slot.
    void onActiveChanged(bool active);

private:
    void set(bool active);

    bool m_active = false;
};

} // namespace footcoach
