#pragma once

#include <QList>
#include <QObject>

namespace footcoach {

class AvailabilitySource;

// Whether the user can act on a reminder now: no source says otherwise (any one saying the
// screen is locked, the user is away or a window is fullscreen is enough to wait). With no
// sources the user is always there.
class UserAvailability : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Takes the source into this object's care (as its QObject parent).
    void add(AvailabilitySource* source);

    // Asks the sources that must be asked, then answers.
    bool isAvailable();
    void setWaiting(bool waiting);
    // The names of the sources that block now, for the log.
    QStringList blockingSources() const;

Q_SIGNALS:
    void changed();

private:
    QList<AvailabilitySource*> m_sources;
};

} // namespace footcoach
