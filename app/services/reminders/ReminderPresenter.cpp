#include "services/reminders/ReminderPresenter.h"

#include "services/reminders/ReminderNotifier.h"
#include "services/session/CuePlayer.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPresenter, "footcoach.reminders.presenter", QtWarningMsg)

namespace footcoach {

ReminderPresenter::ReminderPresenter(ReminderNotifier& primary, ReminderNotifier& fallback,
                                     std::function<CuePlayer*()> cues, QObject* parent)
    : QObject(parent)
    , m_primary(primary)
    , m_fallback(fallback)
    , m_cues(std::move(cues)) {
    forward(m_primary);
    forward(m_fallback);
    connect(&m_primary, &ReminderNotifier::failed, this, [this](const PlannedReminder& r) {
        qCInfo(lcPresenter) << "no notification service; showing the reminder window";
        m_fallback.show(r, title(r), body(r, m_sessionSeconds), m_snoozeMinutes);
    });
}

void ReminderPresenter::forward(ReminderNotifier& notifier) {
    connect(&notifier, &ReminderNotifier::startRequested, this, &ReminderPresenter::startRequested);
    connect(&notifier, &ReminderNotifier::snoozeRequested, this,
            &ReminderPresenter::snoozeRequested);
    connect(&notifier, &ReminderNotifier::skipRequested, this, &ReminderPresenter::skipRequested);
}

QString ReminderPresenter::title(const PlannedReminder& reminder) {
    return reminder.key.slot == Slot::Morning ? tr("Time for your morning stretches")
                                              : tr("Time for your evening stretches");
}

QString ReminderPresenter::body(const PlannedReminder& reminder, int sessionSeconds) {
    const int minutes = std::max(1, (sessionSeconds + 30) / 60);
    QString text =
        tr("About %n minutes at your desk: calf, hamstring and foot stretches.", nullptr, minutes);
    // Late for any reason: the computer slept or was off, or FootCoach was not running. Only
    // the lateness is known, so only that is said.
    if (reminder.late)
        text.prepend(tr("This reminder comes later than planned. "));
    return text;
}

void ReminderPresenter::present(const PlannedReminder& reminder, int sessionSeconds,
                                int snoozeMinutes) {
    m_sessionSeconds = sessionSeconds;
    m_snoozeMinutes = snoozeMinutes;
    if (CuePlayer* cues = m_cues ? m_cues() : nullptr)
        cues->play(Cue::GetReady);
    m_primary.show(reminder, title(reminder), body(reminder, sessionSeconds), snoozeMinutes);
}

void ReminderPresenter::withdraw() {
    m_primary.withdraw();
    m_fallback.withdraw();
}

} // namespace footcoach
