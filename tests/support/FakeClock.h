#pragma once

#include "footcoach/Clock.h"
#include "footcoach/TimeZoneProvider.h"

namespace footcoach::test {

// A monotonic clock that only moves when a test says so.
class FakeMonotonicClock final : public MonotonicClock {
public:
    std::chrono::milliseconds now() const override { return m_now; }
    void advance(std::chrono::milliseconds by) { m_now += by; }
    void set(std::chrono::milliseconds to) { m_now = to; }

private:
    std::chrono::milliseconds m_now{1'000'000};
};

// A wall clock that only moves when a test says so.
class FakeWallClock final : public WallClock {
public:
    explicit FakeWallClock(QDateTime nowUtc = QDateTime(QDate(2026, 1, 5), QTime(12, 0), Qt::UTC))
        : m_now(std::move(nowUtc)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& to) { m_now = to.toUTC(); }
    void advance(std::chrono::milliseconds by) { m_now = m_now.addMSecs(by.count()); }

private:
    QDateTime m_now;
};

// A time zone that only changes when a test says so (UTC unless told otherwise).
class FakeTimeZone final : public TimeZoneProvider {
public:
    explicit FakeTimeZone(QTimeZone zone = QTimeZone::utc())
        : m_zone(std::move(zone)) {}
    QTimeZone zone() const override { return m_zone; }
    void set(const QTimeZone& zone) { m_zone = zone; }

private:
    QTimeZone m_zone;
};

} // namespace footcoach::test
