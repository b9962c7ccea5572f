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

void warmUp() {
    loadFontConfiguration();
    // Reading the list fills the database from fontconfig's: the first font asked for on the
    // main thread would otherwise do it there.
    QFontDatabase::families();
}

} // namespace

StartupWarmUp::StartupWarmUp()
    : m_thread(warmUp) {}

StartupWarmUp::~StartupWarmUp() {
    wait();
}

void StartupWarmUp::wait() {
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace footcoach
