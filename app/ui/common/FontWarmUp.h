#pragma once

#include <thread>

namespace footcoach {

// Loads the system's font configuration (fontconfig's FcInit: reading its configuration and
// the cache of every installed font) on a thread of its own, so that it runs on the second
// core while the main thread builds the application and the window. It is the largest single
// piece of a first window's work and the window's text cannot be laid out without it, so the
// window waits for it (wait()) only when it is about to need it. Where Qt does not use
// fontconfig, there is nothing to load and the thread ends at once.
class FontWarmUp {
public:
    FontWarmUp();
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp&) = delete;
    FontWarmUp& operator=(const FontWarmUp&) = delete;

    // Returns once the configuration is loaded; at once after the first call.
    void wait();

private:
    std::thread m_thread;
};

} // namespace footcoach
