#include "services/reminders/AskedIdleSource.h"

#include "services/reminders/IdleTimeProbe.h"

namespace footcoach {

AskedIdleSource::AskedIdleSource(std::unique_ptr<IdleTimeProbe> probe,
                                 std::chrono::milliseconds threshold, QObject* parent)
    : AvailabilitySource(parent)
    , m_probe(std::move(probe))
    , m_threshold(threshold) {
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &AskedIdleSource::ask);
}

AskedIdleSource::~AskedIdleSource() = default;

void AskedIdleSource::refresh() {
    const std::optional<std::chrono::milliseconds> idle = m_probe->idleTime();
    m_idle = idle && *idle >= m_threshold;
    if (m_idle && m_waiting)
        m_next.start(kRecheck);
}

void AskedIdleSource::setWaiting(bool waiting) {
    m_waiting = waiting;
    if (!waiting)
        m_next.stop();
    else if (m_idle && !m_next.isActive())
        m_next.start(kRecheck);
}

void AskedIdleSource::ask() {
    const bool before = m_idle;
    refresh();
    if (m_idle != before)
        Q_EMIT changed();
}

} // namespace footcoach
