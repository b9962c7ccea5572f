#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace footcoach {

// A cue sound in memory: 16-bit mono PCM samples at their rate, as resources/sounds holds them
// (make-cues.sh). Decoded once, so that playing a cue is copying samples into the output.
struct WavClip {
    int sampleRate = 0;
    QList<qint16> samples;

    // The clip in a RIFF/WAVE file of 16-bit mono PCM; nullopt, with the reason in *error, for
    // anything else.
    static std::optional<WavClip> fromWav(const QByteArray& file, QString* error = nullptr);
};

} // namespace footcoach
