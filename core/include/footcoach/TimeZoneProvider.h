#pragma once

#include <QTimeZone>

namespace footcoach {

// Where the user is: the one source of the time zone that turns the wall clock's UTC into the
// local dates and times that slots, the adherence grid and the report count in. Injected, and
// asked each time, so that a changed system zone is followed and tests can fix it.
class TimeZoneProvider {
public:
    virtual ~TimeZoneProvider() = default;
    virtual QTimeZone zone() const = 0;
};

class SystemTimeZoneProvider final : public TimeZoneProvider {
public:
    QTimeZone zone() const override { return QTimeZone::systemTimeZone(); }
};

} // namespace footcoach
