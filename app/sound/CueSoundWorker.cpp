#include "sound/CueSoundWorker.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTimer>
#include <QUrl>

namespace footcoach {

namespace {
QUrl soundUrl(const QString& name) {
    return QUrl(QStringLiteral("qrc:/sounds/%1.wav").arg(name));
}
} // namespace

void CueSoundWorker::load(const QStringList& names) {
    for (const QString& name : names) {
        auto* effect = new QSoundEffect(this);
        effect->setSource(soundUrl(name));
        effect->setVolume(m_volume);
        m_preloaded.insert(name, effect);
    }
}

QSoundEffect* CueSoundWorker::freshEffect(const QString& name) {
    auto* effect = new QSoundEffect(this);
    if (m_device)
        effect->setAudioDevice(*m_device);
    effect->setSource(soundUrl(name));
    effect->setVolume(m_volume);
    connect(effect, &QSoundEffect::playingChanged, effect, [effect] {
        // "Not playing" comes while the sound server still holds the last of a short cue;
        // deleting the effect then would cut it off, so it stays a little longer.
        if (!effect->isPlaying())
            QTimer::singleShot(kLingerMs, effect, &QObject::deleteLater);
    });
    return effect;
}

void CueSoundWorker::play(const QString& name) {
    // Qt does not always report a vanished device through QMediaDevices' signal; its device
    // list is right, though, so it is asked before each cue.
    if (QMediaDevices::defaultAudioOutput().isNull())
        Q_EMIT deviceMissing();
    else if (m_preloaded.contains(name))
        freshEffect(name)->play();
    Q_EMIT played();
}

void CueSoundWorker::setVolume(float volume) {
    m_volume = volume;
}

void CueSoundWorker::useDefaultDevice() {
    m_device = QMediaDevices::defaultAudioOutput();
}

} // namespace footcoach
