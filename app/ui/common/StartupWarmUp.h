#pragma once

#include <functional>
#include <thread>

namespace footcoach {

// Loads what the first window needs but the main thread need not load itself, on a thread of its
// own, so that it runs on the second core while the main thread sets up the looks, opens the
// history and builds the window: first the work handed in (the history's database driver), then
// the system's font configuration (fontconfig's FcInit: its configuration files and the cache of
// every installed font) and Qt's list of the installed fonts from it (QFontDatabase, thread-safe).
// The window cannot lay out its text without the fonts, so it waits for the thread (wait()) just
// before it is first shown. Made once the QApplication exists (it is only started then, so that
// it does not slow the application's own start, which maps the libraries and plugins) and
// destroyed before it.
class StartupWarmUp {
public:
    explicit StartupWarmUp(std::function<void()> first);
    ~StartupWarmUp();
    StartupWarmUp(const StartupWarmUp&) = delete;
    StartupWarmUp& operator=(const StartupWarmUp&) = delete;

    // Returns once the thread is done; at once after the first call.
    void wait();

private:
    std::thread m_thread;
};

} // namespace footcoach
