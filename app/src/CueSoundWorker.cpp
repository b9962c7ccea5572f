#include "CueSoundWorker.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace footcoach {

void CueSoundWorker::load(const QStringList& names) {
    for (const QString& name : names) {
        auto* effect = new QSoundEffect(this);
        effect->setSource(QUrl(QStringLiteral("qrc:/sounds/%1.wav").arg(name)));
        effect->setVolume(m_volume);
        m_effects.insert(name, effect);
    }
}

void CueSoundWorker::play(const QString& name) {
    if (QSoundEffect* effect = m_effects.value(name))
        effect->play();
    Q_EMIT played();
}

void CueSoundWorker::setVolume(float volume) {
    m_volume = volume;
    for (QSoundEffect* effect : std::as_const(m_effects))
        effect->setVolume(volume);
}

void CueSoundWorker::useDefaultDevice() {
    for (QSoundEffect* effect : std::as_const(m_effects))
        effect->setAudioDevice(QMediaDevices::defaultAudioOutput());
}

} // namespace footcoach
