#pragma once

#include <QDateTime>
#include <QElapsedTimer>

#include <chrono>

namespace footcoach {

// A monotonic clock: never jumps, unaffected by wall-clock changes. Injected so that tests
// can move time by hand.
class MonotonicClock {
public:
    virtual ~MonotonicClock() = default;
    virtual std::chrono::milliseconds now() const = 0;
};

// The wall clock: what time it is, in UTC. Injected for the same reason.
class WallClock {
public:
    virtual ~WallClock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemMonotonicClock final : public MonotonicClock {
public:
    SystemMonotonicClock() { m_timer.start(); }
    std::chrono::milliseconds now() const override {
        return std::chrono::milliseconds(m_timer.elapsed());
    }

private:
    QElapsedTimer m_timer;
};

class SystemWallClock final : public WallClock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace footcoach
