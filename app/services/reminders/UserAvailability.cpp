#include "services/reminders/UserAvailability.h"

#include "services/reminders/AvailabilitySource.h"

namespace footcoach {

void UserAvailability::add(AvailabilitySource* source) {
    source->setParent(this);
    m_sources.append(source);
    connect(source, &AvailabilitySource::changed, this, &UserAvailability::changed);
}

bool UserAvailability::isAvailable() {
    for (AvailabilitySource* source : std::as_const(m_sources))
        source->refresh();
    for (const AvailabilitySource* source : std::as_const(m_sources)) {
        if (source->blocks())
            return false;
    }
    return true;
}

void UserAvailability::setWaiting(bool waiting) {
    for (AvailabilitySource* source : std::as_const(m_sources))
        source->setWaiting(waiting);
}

QStringList UserAvailability::blockingSources() const {
    QStringList names;
    for (const AvailabilitySource* source : m_sources) {
        if (source->blocks())
            names.append(source->objectName());
    }
    return names;
}

} // namespace footcoach
