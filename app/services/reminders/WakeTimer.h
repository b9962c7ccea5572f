#pragma once

#include <QObject>

#include <chrono>

class QSocketNotifier;
class QTimer;

namespace footcoach {

// A one-shot timer for "wake me at this wall-clock moment" that stays right across suspend,
// and a signal when the wall clock is set. An interface so that tests can drive it by hand.
class WakeTimer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~WakeTimer() override = default;

    // Fires after `after`, counting time the machine spends asleep. Re-arming replaces.
    virtual void arm(std::chrono::milliseconds after) = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    void fired();
    // The wall clock was set (by the user, NTP or a time-zone tool): plans must be redone.
    void clockChanged();
};

// Linux timerfd: CLOCK_BOOTTIME for the timer, so sleep time counts and a reminder due while
// the lid was closed fires on waking; and a CLOCK_REALTIME timer with TFD_TIMER_CANCEL_ON_SET,
// never meant to expire, that the kernel cancels when the clock is set. Both are file
// descriptors watched by the event loop: nothing polls.
class SystemWakeTimer final : public WakeTimer {
    Q_OBJECT
public:
    explicit SystemWakeTimer(QObject* parent = nullptr);
    ~SystemWakeTimer() override;

    void arm(std::chrono::milliseconds after) override;
    void cancel() override;

private:
    void watchClock();
    void onTimer();
    void onClockSet();

    int m_timerFd = -1;
    int m_clockFd = -1;
    QSocketNotifier* m_timerNotifier = nullptr;
    QSocketNotifier* m_clockNotifier = nullptr;
    QTimer* m_fallback = nullptr; // where timerfd is missing
};

} // namespace footcoach
