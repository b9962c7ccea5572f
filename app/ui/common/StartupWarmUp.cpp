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

void warmUp(const std::function<void()>& first) {
    if (first)
        first();
    loadFontConfiguration();
    // Reading the list fills the database from fontconfig's: the first font asked for on the
    // main thread would otherwise do it there.
    QFontDatabase::families();
}

} // namespace

StartupWarmUp::StartupWarmUp(std::function<void()> first, std::function<void()> alongside)
    : m_fonts(warmUp, std::move(first)) {
    if (alongside)
        m_alongside = std::thread(std::move(alongside));
}

StartupWarmUp::~StartupWarmUp() {
    wait();
}

void StartupWarmUp::wait() {
    for (std::thread* thread : {&m_fonts, &m_alongside}) {
        if (thread->joinable())
            thread->join();
    }
}

} // namespace footcoach
