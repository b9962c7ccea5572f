#pragma once

#include <QAudioDevice>
#include <QHash>
#include <QObject>

#include <optional>

class QSoundEffect;

namespace footcoach {

// Lives on the sound thread: owns the preloaded sound effects and plays them.
class CueSoundWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void load(const QStringList& names);
    void play(const QString& name);
    void setVolume(float volume);
    void useDefaultDevice();

Q_SIGNALS:
    void played();
    void deviceMissing();

private:
    // Qt 6.4's QSoundEffect on PulseAudio stops sounding after a few plays of the same object
    // (a two-minute session lost 37 of 62 cues). So every cue plays on a fresh effect, which
    // deletes itself when done; the preloaded effect per cue keeps the decoded sound in Qt's
    // sample cache, so a fresh one starts at once.
    QSoundEffect* freshEffect(const QString& name);
    static constexpr int kLingerMs = 2000;
    QHash<QString, QSoundEffect*> m_preloaded;
    float m_volume = 0.7f;
    std::optional<QAudioDevice> m_device; // set when the device changed after start
};

} // namespace footcoach
