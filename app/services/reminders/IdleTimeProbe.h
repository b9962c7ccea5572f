#pragma once

#include <chrono>
#include <optional>

namespace footcoach {

// Asks the desktop how long the user has been idle (no key press, no pointer motion). An
// interface: KDE answers over D-Bus (services), X11's XScreenSaver extension through the
// display connection (ui, which links X11).
class IdleTimeProbe {
public:
    virtual ~IdleTimeProbe() = default;
    // nullopt where this desktop cannot tell.
    virtual std::optional<std::chrono::milliseconds> idleTime() = 0;
};

} // namespace footcoach
