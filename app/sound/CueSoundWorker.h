#pragma once

#include "sound/CueMixer.h"
#include "sound/StreamFill.h"

#include <QAudio>
#include <QAudioDevice>
#include <QElapsedTimer>
#include <QObject>

#include <optional>

class QAudioSink;
class QIODevice;
class QTimer;

namespace footcoach {

// Lives on the sound thread. Plays the cues through one long-lived output stream with a small
// buffer of its own asking: silence between cues, each cue mixed in at the next sample written.
// A stream per cue (Qt's QSoundEffect) waits for the sound server at every start and inherits
// whatever latency the sink runs at (over half a second on an idle PulseAudio null sink, where
// most short cues were lost); a stream that is already flowing and holds 5 ms starts a cue
// about 10 ms after it is due on PulseAudio and 15-18 ms on PipeWire, with both cores busy.
class CueSoundWorker : public QObject {
    Q_OBJECT
public:
    // How much sound the stream holds ahead of the speaker: the latency asked of the server,
    // and what is kept queued in it at first (a server may grant a larger buffer: PipeWire's
    // PulseAudio server does, and filling it made cues 25 ms late there; see StreamFill).
    static constexpr int kBufferMs = 5;
    // How much more is kept queued after each underrun.
    static constexpr int kUnderrunStepMs = 1;
    // How often the stream is topped up while open: well within its buffer.
    static constexpr int kFeedMs = 2;
    // How long a quiet stream stays open when no session holds it (a reminder's chime).
    static constexpr int kCloseAfterMs = 1500;

    explicit CueSoundWorker(QObject* parent = nullptr);
    ~CueSoundWorker() override;

    void load(const QStringList& names);
    void play(const QString& name);
    void setVolume(float volume);
    void useDefaultDevice();
    // While held open (a session runs), the stream stays open between cues, so that no cue,
    // the first included, waits for a stream to be set up.
    void holdOpen(bool hold);

Q_SIGNALS:
    void played();
    // Qt 6.4's PulseAudio sink leaves the sound server's lock held when a write fails (the
    // stream was killed: its device went away), and taking the backend down then aborts.
    void backendWedged();
    // After holdOpen(true): the server is playing the stream (StreamFill::settled()), or it could
    // not be opened: no use waiting.
    void outputSettled();
    void deviceMissing();

private:
    bool openOutput();
    void closeOutput();
    void feed();
    void closeWhenQuiet();
    void onStateChanged(QAudio::State state);

    CueMixer m_mixer;
    QAudioSink* m_sink = nullptr;
    QIODevice* m_out = nullptr; // the sink's push device while open
    QTimer* m_feedTimer = nullptr;
    QTimer* m_closeTimer = nullptr;
    QList<qint16> m_block;
    QElapsedTimer m_clock;            // monotonic, for StreamFill
    std::optional<StreamFill> m_fill; // while open
    bool m_held = false;
    std::optional<QAudioDevice> m_device; // set when the device changed after start
};

} // namespace footcoach
