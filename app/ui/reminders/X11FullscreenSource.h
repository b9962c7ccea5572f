#pragma once

#include "services/reminders/AvailabilitySource.h"

#include <QAbstractNativeEventFilter>

#include <cstdint>

struct xcb_connection_t;

namespace footcoach {

// On X11, whether the active window is fullscreen (_NET_WM_STATE_FULLSCREEN in the
// _NET_WM_STATE of the window the root's _NET_ACTIVE_WINDOW names): a film or a presentation
// is not interrupted. Follows PropertyNotify events on the root and on the active window;
// nothing polls.
class X11FullscreenSource final : public AvailabilitySource, public QAbstractNativeEventFilter {
    Q_OBJECT
public:
    // The app runs on X11 (the xcb platform).
    static bool isAvailable();

    explicit X11FullscreenSource(QObject* parent = nullptr);
    ~X11FullscreenSource() override;

    bool blocks() const override { return m_fullscreen; }

    bool nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result) override;

private:
    std::uint32_t atom(const char* name) const;
    void watchPropertiesOf(std::uint32_t window);
    void followActiveWindow();
    void evaluate();

    xcb_connection_t* m_connection = nullptr;
    std::uint32_t m_root = 0;
    std::uint32_t m_active = 0;
    std::uint32_t m_activeAtom = 0;
    std::uint32_t m_stateAtom = 0;
    std::uint32_t m_fullscreenAtom = 0;
    bool m_fullscreen = false;
};

} // namespace footcoach
