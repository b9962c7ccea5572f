#pragma once

#include "sound/WavClip.h"

#include <QHash>
#include <QList>

namespace footcoach {

// Mixes the cue sounds into one continuous stream of samples: a cue started now begins at the
// next sample mixed, overlapping cues add up (clipped), and between cues the stream is silence.
// Knows nothing of audio devices, so it is tested on its own.
class CueMixer {
public:
    void addClip(const QString& name, WavClip clip);
    bool hasClip(const QString& name) const { return m_clips.contains(name); }
    // The rate of the clips added so far (all must share it); 0 before the first.
    int sampleRate() const { return m_rate; }

    void start(const QString& name);
    void setVolume(float volume) { m_volume = volume; }
    bool isPlaying() const { return !m_playing.isEmpty(); }
    void mix(qint16* out, qsizetype count);

private:
    struct Playing {
        QList<qint16> samples; // shared with the clip, not copied
        qsizetype next = 0;
    };
    QHash<QString, QList<qint16>> m_clips;
    QList<Playing> m_playing;
    int m_rate = 0;
    float m_volume = 1.0f;
};

} // namespace footcoach
