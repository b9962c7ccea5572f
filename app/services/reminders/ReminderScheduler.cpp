#include "services/reminders/ReminderScheduler.h"

#include "footcoach/Clock.h"
#include "footcoach/HistoryReader.h"
#include "footcoach/ReminderLog.h"
#include "footcoach/TimeZoneProvider.h"
#include "services/reminders/UserAvailability.h"
#include "services/reminders/WakeTimer.h"
#include "services/settings/AppSettings.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReminders, "footcoach.reminders", QtWarningMsg)

namespace footcoach {

ReminderScheduler::ReminderScheduler(const AppSettings& settings, ReminderLog& log,
                                     const HistoryReader& history, const WallClock& clock,
                                     const TimeZoneProvider& zone, WakeTimer& timer,
                                     UserAvailability& availability, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_log(log)
    , m_history(history)
    , m_clock(clock)
    , m_zone(zone)
    , m_timer(timer)
    , m_availability(availability) {
    connect(&m_availability, &UserAvailability::changed, this,
            &ReminderScheduler::showWhenAvailable);
    connect(&m_timer, &WakeTimer::fired, this, &ReminderScheduler::replan);
    connect(&m_timer, &WakeTimer::clockChanged, this, &ReminderScheduler::replan);
    connect(&m_settings, &AppSettings::scheduleChanged, this, &ReminderScheduler::replan);
}

bool ReminderScheduler::isHandled(const SlotKey& key) const {
    if (m_handledHere.count(key))
        return true;
    if (m_log.hasReminder(key))
        return true;
    // A session already done (or begun) for the slot needs no reminder.
    for (const SessionRecord& s : m_history.sessionRecords(key.date, key.date)) {
        if (s.slot == key.slot && s.status == SessionStatus::Complete)
            return true;
    }
    return false;
}

void ReminderScheduler::record(const SlotKey& key, ReminderKind kind) {
    m_log.recordReminder(key, kind, m_clock.nowUtc());
}

void ReminderScheduler::replan() {
    if (m_replanning)
        return;
    m_replanning = true;
    const Schedule schedule = m_settings.schedule();
    const QTimeZone zone = m_zone.zone();
    auto handled = [this](const SlotKey& k) {
        return isHandled(k);
    };

    const QDateTime began = m_log.beganAt().value_or(QDateTime());
    for (const SlotKey& key :
         SchedulePlanner::missed(schedule, m_clock.nowUtc(), zone, handled, began)) {
        qCInfo(lcReminders).noquote()
            << "missed" << key.date.toString(Qt::ISODate) << toString(key.slot);
        record(key, ReminderKind::Missed);
        m_handledHere.insert(key);
    }

    // Show whatever is due now (a late one first), then arm for the next.
    for (int guard = 0; guard < 8; ++guard) {
        const QDateTime now = m_clock.nowUtc();
        m_next = SchedulePlanner::next(schedule, now, zone, handled, m_snoozes, began);
        if (!m_next || m_next->due > now)
            break;
        fire(*m_next);
    }
    if (m_next) {
        m_timer.arm(std::chrono::milliseconds(m_clock.nowUtc().msecsTo(m_next->due)));
        qCInfo(lcReminders).noquote()
            << "next" << m_next->key.date.toString(Qt::ISODate) << toString(m_next->key.slot)
            << m_next->due.toString(Qt::ISODate);
    } else {
        m_timer.cancel();
    }
    m_replanning = false;
    Q_EMIT nextChanged();
}

void ReminderScheduler::fire(const PlannedReminder& reminder) {
    const auto snoozed = std::find_if(m_snoozes.begin(), m_snoozes.end(), [&](const Snooze& s) {
        return s.key == reminder.key && s.until == reminder.due;
    });
    bool show = false;
    if (snoozed != m_snoozes.end()) {
        m_snoozes.erase(snoozed);
        show = true;
    } else {
        // Only the process whose call creates the row reminds: exactly once, machine-wide.
        show = m_log.recordReminder(reminder.key, ReminderKind::Fired, m_clock.nowUtc());
    }
    m_handledHere.insert(reminder.key);
    if (show && !m_availability.isAvailable()) {
        // Claimed (no other process reminds of it), but shown only once the user can act.
        qCInfo(lcReminders).noquote()
            << "waiting" << reminder.key.date.toString(Qt::ISODate) << toString(reminder.key.slot)
            << m_availability.blockingSources().join(QLatin1Char(','));
        if (m_waiting && m_waiting->key != reminder.key)
            record(m_waiting->key, ReminderKind::Missed); // the next slot came first
        m_waiting = reminder;
        m_availability.setWaiting(true);
        return;
    }
    qCInfo(lcReminders).noquote() << (show ? "fire" : "already-fired")
                                  << reminder.key.date.toString(Qt::ISODate)
                                  << toString(reminder.key.slot)
                                  << (reminder.late ? "late" : "on-time");
    if (show)
        Q_EMIT reminderDue(reminder);
}

void ReminderScheduler::showWhenAvailable() {
    if (!m_waiting || !m_availability.isAvailable())
        return;
    PlannedReminder reminder = *m_waiting;
    m_waiting.reset();
    m_availability.setWaiting(false);
    const QDateTime now = m_clock.nowUtc();
    const qint64 grace = m_settings.schedule().graceMinutes * 60'000LL;
    const qint64 waited = reminder.due.msecsTo(now);
    if (waited > grace) {
        // Back after the grace period: the slot is missed, as when no reminder could come.
        qCInfo(lcReminders).noquote()
            << "missed-while-away" << reminder.key.date.toString(Qt::ISODate)
            << toString(reminder.key.slot);
        record(reminder.key, ReminderKind::Missed);
        return;
    }
    reminder.late = reminder.late || waited > 60'000;
    qCInfo(lcReminders).noquote() << "fire" << reminder.key.date.toString(Qt::ISODate)
                                  << toString(reminder.key.slot) << "after-waiting"
                                  << (reminder.late ? "late" : "on-time");
    Q_EMIT reminderDue(reminder);
}

void ReminderScheduler::stopWaiting(const SlotKey& key) {
    if (m_waiting && m_waiting->key == key) {
        m_waiting.reset();
        m_availability.setWaiting(false);
    }
}

void ReminderScheduler::snooze(const SlotKey& key) {
    record(key, ReminderKind::Snoozed);
    m_snoozes.append(SchedulePlanner::snooze(m_settings.schedule(), key, m_clock.nowUtc()));
    replan();
}

void ReminderScheduler::skip(const SlotKey& key) {
    stopWaiting(key);
    record(key, ReminderKind::Dismissed);
    m_handledHere.insert(key);
    m_snoozes.removeIf([&key](const Snooze& s) { return s.key == key; });
    replan();
}

void ReminderScheduler::markStarted(const SlotKey& key) {
    stopWaiting(key); // done without the reminder: it has nothing left to say
    record(key, ReminderKind::Started);
    m_handledHere.insert(key);
    m_snoozes.removeIf([&key](const Snooze& s) { return s.key == key; });
    replan();
}

void ReminderScheduler::snoozeNext() {
    if (!m_next)
        return;
    const SlotKey key = m_next->key;
    const QDateTime from = std::max(m_next->due, m_clock.nowUtc());
    m_snoozes.removeIf([&key](const Snooze& s) { return s.key == key; });
    m_snoozes.append(SchedulePlanner::snooze(m_settings.schedule(), key, from));
    m_handledHere.insert(key); // the regular reminder is replaced by the snoozed one
    record(key, ReminderKind::Snoozed);
    replan();
}

} // namespace footcoach
