#pragma once

#include <QDBusConnection>
#include <QObject>

class QFileSystemWatcher;

namespace footcoach {

// Tells when plans made from the wall clock may be stale: the machine woke from sleep
// (logind's PrepareForSleep on the system bus) or the time zone changed (/etc/localtime).
class SleepWatcher : public QObject {
    Q_OBJECT
public:
    explicit SleepWatcher(QDBusConnection systemBus, QObject* parent = nullptr);

    bool watchesSleep() const { return m_watchingSleep; }

Q_SIGNALS:
    void resumed();
    void timeZoneChanged();

private Q_SLOTS:
    // QtDBus connects signals by name only, hence a slot here.
    void onPrepareForSleep(bool goingToSleep);

private:
    QDBusConnection m_bus;
    QFileSystemWatcher* m_zoneWatcher = nullptr;
    bool m_watchingSleep = false;
};

} // namespace footcoach
