#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace footcoach {

// Loads what the first window needs but the main thread need not load itself, on a thread of its
// own, so that it runs on the second core while the main thread builds the application and the
// window:
// - at once: the system's font configuration (fontconfig's FcInit: its configuration files and
//   the cache of every installed font), which needs nothing of Qt;
// - once the application exists (applicationReady()): the work handed in there (the history's
//   database driver), then Qt's list of the installed fonts (QFontDatabase, thread-safe).
// The window cannot lay out its text without the fonts, so it waits for the thread (wait())
// just before it needs them. Where Qt does not use fontconfig, FcInit is not there to call.
class StartupWarmUp {
public:
    StartupWarmUp();
    ~StartupWarmUp();
    StartupWarmUp(const StartupWarmUp&) = delete;
    StartupWarmUp& operator=(const StartupWarmUp&) = delete;

    // Once the QApplication is constructed: the thread goes on with `first`, then Qt's font
    // database. wait() must return before the application is destroyed.
    void applicationReady(std::function<void()> first);
    // Returns once the thread is done. Without applicationReady(), the thread ends after the
    // font configuration and touches nothing of Qt.
    void wait();

private:
    enum class Next { Undecided, GoOn, Stop };

    void run();

    std::mutex m_mutex;
    std::condition_variable m_decided;
    Next m_next = Next::Undecided;
    std::function<void()> m_first;
    std::thread m_thread; // last: it starts once the members above exist
};

} // namespace footcoach
