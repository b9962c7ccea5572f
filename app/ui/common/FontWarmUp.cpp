#include "ui/common/FontWarmUp.h"

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

FontWarmUp::FontWarmUp()
    : m_thread(loadFontConfiguration) {}

FontWarmUp::~FontWarmUp() {
    wait();
}

void FontWarmUp::wait() {
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace footcoach
