#include "ui/common/StartupWarmUp.h"

#include <QFontDatabase>
#include <QStringList>

#include <dlfcn.h>

namespace footcoach {

namespace {

// fontconfig is loaded by Qt's Gui library where Qt uses it; it is looked up rather than linked
// so that FootCoach needs nothing more of it than Qt does. FcInit() loads the configuration
// once per process, thread-safely; Qt's own FcInit() then finds it loaded.
void loadFontConfiguration() {
    using Init = int (*)();
    if (auto init = reinterpret_cast<Init>(dlsym(RTLD_DEFAULT, "FcInit")))
        init();
}

} // namespace

StartupWarmUp::StartupWarmUp()
    : m_thread([this] { run(); }) {}

StartupWarmUp::~StartupWarmUp() {
    wait();
}

void StartupWarmUp::applicationReady(std::function<void()> first) {
    {
        const std::lock_guard lock(m_mutex);
        if (m_next != Next::Undecided)
            return;
        m_first = std::move(first);
        m_next = Next::GoOn;
    }
    m_decided.notify_one();
}

void StartupWarmUp::wait() {
    {
        const std::lock_guard lock(m_mutex);
        if (m_next == Next::Undecided)
            m_next = Next::Stop;
    }
    m_decided.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void StartupWarmUp::run() {
    loadFontConfiguration();
    std::function<void()> first;
    {
        std::unique_lock lock(m_mutex);
        m_decided.wait(lock, [this] { return m_next != Next::Undecided; });
        if (m_next == Next::Stop)
            return;
        first = std::move(m_first);
    }
    if (first)
        first();
    // Reading the list fills the database from fontconfig's: what the first font asked for on
    // the main thread would otherwise do there.
    QFontDatabase::families();
}

} // namespace footcoach
