#include "ui/reminders/X11IdleProbe.h"

#include <QGuiApplication>
#include <QLibrary>

#include <xcb/xcb.h>

namespace footcoach {

namespace {

// XScreenSaverInfo from <X11/extensions/scrnsaver.h>, whose layout has not changed since 1992;
// declared here so that the build needs no libXss headers.
struct ScreenSaverInfo {
    unsigned long window;
    int state;
    int kind;
    unsigned long tilOrSince;
    unsigned long idle; // milliseconds since the last input
    unsigned long eventMask;
};
using QueryInfo = int (*)(Display*, unsigned long, ScreenSaverInfo*);

QNativeInterface::QX11Application* x11() {
    return qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
}

QueryInfo queryInfo() {
    static const auto resolved = reinterpret_cast<QueryInfo>(
        QLibrary::resolve(QStringLiteral("Xss"), 1, "XScreenSaverQueryInfo"));
    return resolved;
}

} // namespace

bool X11IdleProbe::isAvailable() {
    QNativeInterface::QX11Application* app = x11();
    return app && app->display();
}

std::optional<std::chrono::milliseconds> X11IdleProbe::idleTime() {
    QNativeInterface::QX11Application* app = x11();
    const QueryInfo query = queryInfo();
    if (!app || !app->display() || !query)
        return std::nullopt;
    xcb_connection_t* c = app->connection();
    const xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(c)).data->root;
    ScreenSaverInfo info{};
    if (!query(app->display(), root, &info))
        return std::nullopt;
    return std::chrono::milliseconds(static_cast<qint64>(info.idle));
}

} // namespace footcoach
