#include "services/reminders/WakeTimer.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstdint>
#include <ctime>
#include <sys/timerfd.h>
#include <unistd.h>

namespace footcoach {

SystemWakeTimer::SystemWakeTimer(QObject* parent)
    : WakeTimer(parent) {
    m_timerFd = timerfd_create(CLOCK_BOOTTIME, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_timerFd >= 0) {
        m_timerNotifier = new QSocketNotifier(m_timerFd, QSocketNotifier::Read, this);
        connect(m_timerNotifier, &QSocketNotifier::activated, this, &SystemWakeTimer::onTimer);
    } else {
        m_fallback = new QTimer(this);
        m_fallback->setSingleShot(true);
        connect(m_fallback, &QTimer::timeout, this, &WakeTimer::fired);
    }
    m_clockFd = timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_clockFd >= 0) {
        m_clockNotifier = new QSocketNotifier(m_clockFd, QSocketNotifier::Read, this);
        connect(m_clockNotifier, &QSocketNotifier::activated, this, &SystemWakeTimer::onClockSet);
        watchClock();
    }
}

SystemWakeTimer::~SystemWakeTimer() {
    if (m_timerFd >= 0)
        ::close(m_timerFd);
    if (m_clockFd >= 0)
        ::close(m_clockFd);
}

void SystemWakeTimer::arm(std::chrono::milliseconds after) {
    const qint64 ms = std::max<qint64>(1, after.count());
    if (m_fallback) {
        m_fallback->start(static_cast<int>(std::min<qint64>(ms, 24LL * 3600 * 1000)));
        return;
    }
    itimerspec spec{};
    spec.it_value.tv_sec = static_cast<time_t>(ms / 1000);
    spec.it_value.tv_nsec = static_cast<long>((ms % 1000) * 1'000'000);
    timerfd_settime(m_timerFd, 0, &spec, nullptr);
}

void SystemWakeTimer::cancel() {
    if (m_fallback) {
        m_fallback->stop();
        return;
    }
    const itimerspec off{};
    timerfd_settime(m_timerFd, 0, &off, nullptr);
}

void SystemWakeTimer::watchClock() {
    // An absolute wall-clock expiry far in the future: it never fires, but setting the clock
    // cancels it, which wakes us.
    itimerspec spec{};
    spec.it_value.tv_sec = static_cast<time_t>(std::time(nullptr)) + 10LL * 365 * 24 * 3600;
    timerfd_settime(m_clockFd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, nullptr);
}

void SystemWakeTimer::onTimer() {
    std::uint64_t expirations = 0;
    if (::read(m_timerFd, &expirations, sizeof expirations) == sizeof expirations)
        Q_EMIT fired();
}

void SystemWakeTimer::onClockSet() {
    std::uint64_t expirations = 0;
    const ssize_t n = ::read(m_clockFd, &expirations, sizeof expirations);
    if (n < 0 && errno == ECANCELED) {
        watchClock();
        Q_EMIT clockChanged();
    }
}

} // namespace footcoach
