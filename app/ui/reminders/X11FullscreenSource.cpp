#include "ui/reminders/X11FullscreenSource.h"

#include <QGuiApplication>

#include <xcb/xcb.h>

#include <cstdlib>
#include <cstring>

namespace footcoach {

namespace {

QNativeInterface::QX11Application* x11() {
    return qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
}

// xcb replies are malloc'ed; this frees them.
template <typename T> struct Reply {
    T* p;
    ~Reply() { std::free(p); }
    T* operator->() const { return p; }
    explicit operator bool() const { return p != nullptr; }
};

} // namespace

bool X11FullscreenSource::isAvailable() {
    QNativeInterface::QX11Application* app = x11();
    return app && app->connection();
}

X11FullscreenSource::X11FullscreenSource(QObject* parent)
    : AvailabilitySource(parent) {
    setObjectName(QStringLiteral("x11-fullscreen"));
    QNativeInterface::QX11Application* app = x11();
    if (!app || !app->connection())
        return;
    m_connection = app->connection();
    m_root = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data->root;
    m_activeAtom = atom("_NET_ACTIVE_WINDOW");
    m_stateAtom = atom("_NET_WM_STATE");
    m_fullscreenAtom = atom("_NET_WM_STATE_FULLSCREEN");
    watchPropertiesOf(m_root);
    qGuiApp->installNativeEventFilter(this);
    followActiveWindow();
}

X11FullscreenSource::~X11FullscreenSource() {
    if (qGuiApp && m_connection)
        qGuiApp->removeNativeEventFilter(this);
}

std::uint32_t X11FullscreenSource::atom(const char* name) const {
    const Reply<xcb_intern_atom_reply_t> reply{xcb_intern_atom_reply(
        m_connection,
        xcb_intern_atom(m_connection, 0, static_cast<std::uint16_t>(std::strlen(name)), name),
        nullptr)};
    return reply ? reply->atom : std::uint32_t{XCB_ATOM_NONE};
}

void X11FullscreenSource::watchPropertiesOf(std::uint32_t window) {
    // Added to the events this client already takes from the window (Qt's own, for the root
    // and for FootCoach's windows), never in their place.
    const Reply<xcb_get_window_attributes_reply_t> attributes{xcb_get_window_attributes_reply(
        m_connection, xcb_get_window_attributes(m_connection, window), nullptr)};
    if (!attributes)
        return;
    const std::uint32_t mask = attributes->your_event_mask | XCB_EVENT_MASK_PROPERTY_CHANGE;
    xcb_change_window_attributes(m_connection, window, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(m_connection);
}

void X11FullscreenSource::followActiveWindow() {
    const Reply<xcb_get_property_reply_t> reply{xcb_get_property_reply(
        m_connection,
        xcb_get_property(m_connection, 0, m_root, m_activeAtom, XCB_ATOM_WINDOW, 0, 1), nullptr)};
    std::uint32_t active = 0;
    if (reply && xcb_get_property_value_length(reply.p) >= 4)
        active = *static_cast<std::uint32_t*>(xcb_get_property_value(reply.p));
    if (active != m_active && active != 0)
        watchPropertiesOf(active);
    m_active = active;
    evaluate();
}

void X11FullscreenSource::evaluate() {
    bool fullscreen = false;
    if (m_active != 0) {
        const Reply<xcb_get_property_reply_t> reply{xcb_get_property_reply(
            m_connection,
            xcb_get_property(m_connection, 0, m_active, m_stateAtom, XCB_ATOM_ATOM, 0, 64),
            nullptr)};
        if (reply) {
            const auto* atoms = static_cast<const std::uint32_t*>(xcb_get_property_value(reply.p));
            const int count = xcb_get_property_value_length(reply.p) / 4;
            for (int i = 0; i < count; ++i)
                fullscreen = fullscreen || atoms[i] == m_fullscreenAtom;
        }
    }
    if (fullscreen != m_fullscreen) {
        m_fullscreen = fullscreen;
        Q_EMIT changed();
    }
}

bool X11FullscreenSource::nativeEventFilter(const QByteArray& eventType, void* message,
                                            qintptr* result) {
    Q_UNUSED(result);
    if (eventType != "xcb_generic_event_t")
        return false;
    const auto* event = static_cast<const xcb_generic_event_t*>(message);
    if ((event->response_type & 0x7f) != XCB_PROPERTY_NOTIFY)
        return false;
    const auto* property = reinterpret_cast<const xcb_property_notify_event_t*>(event);
    if (property->window == m_root && property->atom == m_activeAtom)
        followActiveWindow();
    else if (property->window == m_active && property->atom == m_stateAtom)
        evaluate();
    return false; // Qt handles the event as before
}

} // namespace footcoach
