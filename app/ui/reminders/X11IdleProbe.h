#pragma once

#include "services/reminders/IdleTimeProbe.h"

namespace footcoach {

// The idle time from X11's XScreenSaver extension (XScreenSaverQueryInfo on the app's own
// display connection). libXss is opened on first use, so a start-up loads nothing for it and
// a machine without it just cannot tell.
class X11IdleProbe final : public IdleTimeProbe {
public:
    // The app runs on X11 (the xcb platform).
    static bool isAvailable();

    std::optional<std::chrono::milliseconds> idleTime() override;
};

} // namespace footcoach
