#pragma once

#include <thread>

namespace footcoach {

// Loads the system's fonts on a thread of its own, so that it runs on the second core while the
// main thread sets up the looks, opens the history and builds the window: fontconfig's
// configuration files and the cache of every installed font (FcInit), then Qt's list of the
// installed fonts from it (QFontDatabase, thread-safe). The window cannot lay out its text
// without them, so it waits for the thread (wait()) just before it is first shown. Made once the
// QApplication exists (it is only started then, so that it does not slow the application's own
// start, which maps the libraries and plugins) and destroyed before it.
//
// The database driver is not loaded here: the history opens a moment after the thread starts,
// and it then waited for the thread to load it (bench A/B, 120 starts: 0.3 ms later).
class StartupWarmUp {
public:
    StartupWarmUp();
    ~StartupWarmUp();
    StartupWarmUp(const StartupWarmUp&) = delete;
    StartupWarmUp& operator=(const StartupWarmUp&) = delete;

    // Returns once the thread is done; at once after the first call.
    void wait();

private:
    std::thread m_thread;
};

} // namespace footcoach
