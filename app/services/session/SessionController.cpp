#include "services/session/SessionController.h"
#include "services/settings/PrescriptionRecorder.h"

#include "footcoach/SessionRecorder.h"
#include "footcoach/TimeZoneProvider.h"
#include "footcoach/Words.h"
#include "services/session/CuePlayer.h"
#include "services/session/Voice.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTimeZone>

// Off by default; QT_LOGGING_RULES="footcoach.session.info=true" shows every phase and cue,
// which the end-to-end test reads.
Q_LOGGING_CATEGORY(lcSession, "footcoach.session", QtWarningMsg)

namespace footcoach {

using std::chrono::milliseconds;

SessionController::SessionController(SessionPlan plan, std::optional<SlotKey> slot,
                                     const MonotonicClock& clock, const WallClock& wallClock,
                                     const TimeZoneProvider& zone, SessionRecorder& recorder,
                                     CuePlayer& cues, Voice* voice, QObject* parent)
    : QObject(parent)
    , m_engine(std::move(plan), clock)
    , m_slot(slot)
    , m_clock(clock)
    , m_wallClock(wallClock)
    , m_zone(zone)
    , m_recorder(recorder)
    , m_cues(cues)
    , m_voice(voice) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SessionController::processDue);
    connect(&m_engine, &SessionEngine::cue, this, &SessionController::onCue);
    connect(&m_engine, &SessionEngine::holdFinished, this, &SessionController::onHoldFinished);
    connect(&m_engine, &SessionEngine::finished, this, &SessionController::onFinished);
    connect(&m_engine, &SessionEngine::stateChanged, this, [this] {
        arm();
        Q_EMIT displayChanged();
    });
    connect(&m_engine, &SessionEngine::phaseChanged, this, [this](int index) {
        const Phase& p = m_engine.plan().phase(index);
        qCInfo(lcSession).noquote()
            << "phase" << index << toString(p.kind) << p.exerciseIndex << toString(p.side) << p.rep;
        arm();
        Q_EMIT displayChanged();
    });
    // The cue player gets its output ready now, while the screen is built, and the voice its
    // speech engine (which takes up to a second to list its voices, on a thread of its own),
    // before the session's clock starts: so that the first cue sounds on time, and the first
    // phrase is spoken, as well.
    if (m_voice)
        m_voice->prepare();
    m_cues.beginSession();
    m_holdingCues = true;
}

SessionController::~SessionController() {
    releaseCues();
}

void SessionController::releaseCues() {
    if (m_holdingCues)
        m_cues.endSession();
    m_holdingCues = false;
}

void SessionController::start(std::optional<int> numbnessBefore) {
    m_numbnessBefore = numbnessBefore;
    const QDateTime now = m_wallClock.nowUtc();
    const Routine& routine = m_engine.plan().routine();
    const QDateTime local = now.toTimeZone(m_zone.zone());
    // An extra session keeps its local day and the half of the day it began in, for readers
    // that know no extra sessions.
    const SlotKey key = m_slot.value_or(
        SlotKey{local.date(), local.time() < QTime(12, 0) ? Slot::Morning : Slot::Evening});
    SessionStart s{routine.id,
                   routine.version,
                   key,
                   now,
                   m_zone.zone().offsetFromUtc(now),
                   PrescriptionRecorder::plannedMoves(routine),
                   !m_slot.has_value()};
    m_sessionId = m_recorder.beginSession(s);
    if (!m_sessionId) {
        m_storeFailed = true;
        Q_EMIT notice(tr("This session cannot be saved: %1").arg(m_recorder.lastError()));
    } else if (numbnessBefore) {
        m_recorder.recordCheckIn({*m_sessionId, numbnessBefore, std::nullopt, {}});
    }
    if (soundIsReady()) {
        startEngine();
        return;
    }
    connect(&m_cues, &CuePlayer::ready, this, &SessionController::startWhenSoundIsReady);
    if (m_voice)
        connect(m_voice, &Voice::ready, this, &SessionController::startWhenSoundIsReady);
    // Past the deadline the session goes on with what is ready: tones where the voice is not.
    QTimer::singleShot(kCueWaitMs, this, &SessionController::startEngine);
}

bool SessionController::soundIsReady() const {
    return m_cues.isReady() && (!m_voice || m_voice->isReady());
}

void SessionController::startWhenSoundIsReady() {
    if (soundIsReady())
        startEngine();
}

void SessionController::startEngine() {
    if (m_engineStarted)
        return;
    m_engineStarted = true;
    m_engine.start();
}

void SessionController::recordCheckInAfter(std::optional<int> numbnessAfter) {
    if (!m_sessionId || (!numbnessAfter && !m_numbnessBefore))
        return;
    if (!m_recorder.recordCheckIn({*m_sessionId, m_numbnessBefore, numbnessAfter, {}}))
        Q_EMIT notice(tr("Your answer could not be saved: %1").arg(m_recorder.lastError()));
}

void SessionController::arm() {
    const std::optional<milliseconds> next = m_engine.timeUntilNextEvent();
    if (!next) {
        m_timer.stop();
        return;
    }
    // Wake for the engine's next event or when the shown whole second changes, whichever is
    // first. Nothing else wakes the app during a session.
    const milliseconds remaining = m_engine.remaining();
    milliseconds toSecondChange = remaining % 1000;
    if (toSecondChange == milliseconds(0))
        toSecondChange = milliseconds(1000);
    m_timer.start(std::min(*next, toSecondChange));
}

void SessionController::processDue() {
    m_engine.tick();
    arm();
    Q_EMIT displayChanged();
}

void SessionController::onCue(const CueEvent& event) {
    const milliseconds late = m_clock.now() - event.due;
    qCInfo(lcSession).noquote() << "cue" << toString(event.cue) << "late_ms" << late.count();
    if (late > kStaleCue)
        return;
    const bool countdown = event.cue == Cue::Countdown3 || event.cue == Cue::Countdown2 ||
                           event.cue == Cue::Countdown1;
    if (!countdown && m_voice && m_voice->isActive()) {
        m_voice->say(spokenPhrase(event.phaseIndex));
        return;
    }
    m_cues.play(event.cue);
}

void SessionController::onHoldFinished(const HoldOutcome& outcome) {
    if (!m_sessionId)
        return;
    if (!m_recorder.recordHold(*m_sessionId, outcome, m_wallClock.nowUtc()) && !m_storeFailed) {
        m_storeFailed = true; // one notice, not one per hold
        Q_EMIT notice(tr("Saving to your history failed: %1 The session goes on.")
                          .arg(m_recorder.lastError()));
    }
}

void SessionController::onFinished(const SessionResult& summary) {
    m_timer.stop();
    releaseCues(); // the last cue still plays to its end
    if (m_sessionId)
        m_recorder.finishSession(*m_sessionId, summary.status, m_wallClock.nowUtc());
    qCInfo(lcSession).noquote() << "session finished" << toString(summary.status)
                                << summary.holdsCompleted << "of" << summary.holdsPlanned;
}

QString SessionController::spokenPhrase(int phaseIndex) const {
    const SessionPlan& plan = m_engine.plan();
    const Phase& phase = plan.phase(phaseIndex);
    const QString locale = QLocale().name();
    auto leg = [](Side side) {
        return Words::side(side) + QLatin1Char('.');
    };
    switch (phase.kind) {
    case PhaseKind::GetReady:
        return tr("Get ready. The session starts in a few seconds.");
    case PhaseKind::Position:
        return tr("%1. %2 Get into position.")
            .arg(plan.routine().exercises.at(phase.exerciseIndex).title.forLocale(locale),
                 leg(phase.side));
    case PhaseKind::SwitchSide:
        return tr("Switch legs. %1 Get into position.").arg(leg(phase.side));
    case PhaseKind::Hold:
        return phase.rep == 1
                   ? tr("%1 Hold for %n seconds.", nullptr, phase.seconds).arg(leg(phase.side))
                   : tr("Hold for %n seconds.", nullptr, phase.seconds);
    case PhaseKind::Rest:
        return tr("And relax.");
    case PhaseKind::Done:
        return tr("Well done. That is the whole session.");
    }
    return {};
}

} // namespace footcoach
