#pragma once

#include "FakeClock.h"
#include "TestDataDir.h"
#include "footcoach/RoutineLoader.h"
#include "footcoach/UnavailableHistory.h"
#include "services/session/CuePlayer.h"
#include "services/settings/AppSettings.h"
#include "ui/common/Illustrations.h"
#include "ui/window/MainWindow.h"

#include <optional>

namespace footcoach::test {

// The main window as widget tests use it: its own data directory, no history, no sound, fake
// clocks, the built-in routine. Build it after any font, palette or language change.
struct WindowFixture {
    TestDataDir dir;
    AppSettings settings{dir.file("settings.ini")};
    SilentCuePlayer cues;
    Illustrations illustrations;
    FakeMonotonicClock clock;
    FakeWallClock wall;
    FakeTimeZone zone;
    UnavailableHistory noHistory{QStringLiteral("This test has no history.")};
    MainWindow window{{settings,
                       noHistory,
                       noHistory,
                       noHistory,
                       false,
                       cues,
                       nullptr,
                       illustrations,
                       clock,
                       wall,
                       zone,
                       {}},
                      SessionPlan(RoutineLoader::builtIn())};

    // size: shown at that size; nullopt: left as the window made itself, not shown.
    explicit WindowFixture(std::optional<QSize> size = QSize(1280, 900)) {
        if (!size)
            return;
        window.resize(*size);
        window.show();
    }
};

} // namespace footcoach::test
