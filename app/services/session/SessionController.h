#pragma once

#include "footcoach/SessionEngine.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace footcoach {

class CuePlayer;
class SessionRecorder;
class TimeZoneProvider;
class Voice;
class WallClock;

// Runs one guided session: drives the engine with a single timer armed for its next event,
// turns cues into sound or speech, and records every hold in the history as it ends, before
// the next phase begins.
class SessionController : public QObject {
    Q_OBJECT
public:
    // How stale a cue may be and still be played: a cue that comes far too late (the machine
    // stalled) is better left silent than played out of step.
    static constexpr std::chrono::milliseconds kStaleCue{400};
    // How long start() waits at most for the cue player's output to flow and the voice's
    // engine to be ready, so that the first cue is on time and the first phrase spoken too;
    // sound that takes longer must not hold the session up. The stream settles in about
    // 250 ms and speech-dispatcher lists its voices in 0.3-1.3 s; a slow or busy machine (seen
    // under AddressSanitizer) can take over a second, and a late first cue then throws the
    // next ones out of step.
    static constexpr int kCueWaitMs = 3000;

    // slot: the slot the session counts for; nullopt for an extra session, which counts for
    // none and is recorded as extra.
    SessionController(SessionPlan plan, std::optional<SlotKey> slot, const MonotonicClock& clock,
                      const WallClock& wallClock, const TimeZoneProvider& zone,
                      SessionRecorder& recorder, CuePlayer& cues, Voice* voice,
                      QObject* parent = nullptr);
    ~SessionController() override;

    SessionEngine& engine() { return m_engine; }
    const SessionEngine& engine() const { return m_engine; }
    std::optional<SlotKey> slot() const { return m_slot; }
    bool isExtra() const { return !m_slot; }
    std::optional<qint64> sessionId() const { return m_sessionId; }

    void start(std::optional<int> numbnessBefore = std::nullopt);
    void recordCheckInAfter(std::optional<int> numbnessAfter);
    // Processes what is due and repaints. The timer calls it; tests call it after moving a
    // fake clock.
    void processDue();

Q_SIGNALS:
    // The countdown's whole seconds or the phase changed: time to repaint.
    void displayChanged();
    // Something the user should know that must not interrupt the session.
    void notice(const QString& text);

private:
    void arm();
    void onCue(const CueEvent& event);
    void onHoldFinished(const HoldOutcome& outcome);
    void onFinished(const SessionResult& summary);
    QString spokenPhrase(int phaseIndex) const;
    void releaseCues();
    bool soundIsReady() const;
    void startWhenSoundIsReady();
    void startEngine();

    SessionEngine m_engine;
    std::optional<SlotKey> m_slot;
    const MonotonicClock& m_clock;
    const WallClock& m_wallClock;
    const TimeZoneProvider& m_zone;
    SessionRecorder& m_recorder;
    CuePlayer& m_cues;
    Voice* m_voice;
    QTimer m_timer;
    std::optional<qint64> m_sessionId;
    std::optional<int> m_numbnessBefore;
    bool m_storeFailed = false;
    bool m_engineStarted = false;
    bool m_holdingCues = false; // between the cue player's beginSession() and endSession()
};

} // namespace footcoach
