#pragma once

#include "services/session/CuePlayer.h"
#include "sound/WorkerThread.h"

#include <QTimer>

class QMediaDevices;

namespace footcoach {

class AppSettings;
class CueSoundWorker;

// Plays the cue WAVs through one output stream (CueSoundWorker) on a thread of their own. Qt's
// PulseAudio backend can block for good when the sound device vanishes mid-play; on its own thread
// that stalls only the sounds, never the session's clock or the screen. Each cue must be
// acknowledged by the sound thread within a second, or sound is declared gone.
class SoundCuePlayer final : public CuePlayer {
    Q_OBJECT
public:
    static constexpr int kAnswerTimeoutMs = 1000;

    explicit SoundCuePlayer(const AppSettings& settings, QObject* parent = nullptr);
    ~SoundCuePlayer() override;

    void play(Cue cue) override;
    void beginSession() override;
    void endSession() override;
    bool isReady() const override { return m_ready; }
    bool isAvailable() const override { return m_available; }
    static QString fileFor(Cue cue);

private:
    void applyVolume();
    void checkDevices();
    void markGone(const QString& reason);

    const AppSettings& m_settings;
    QMediaDevices* m_devices = nullptr;
    CueSoundWorker* m_worker; // lives on m_thread
    WorkerThread m_thread;
    QTimer m_watchdog; // armed only while a cue waits for its acknowledgement
    int m_unanswered = 0;
    int m_sessions = 0; // sessions begun and not yet ended
    bool m_available = false;
    bool m_ready = true; // false from beginSession() until the output flows
};

} // namespace footcoach
