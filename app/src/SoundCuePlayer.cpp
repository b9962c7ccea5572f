#include "SoundCuePlayer.h"

#include "AppSettings.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>

namespace footcoach {

SoundCuePlayer::SoundCuePlayer(const AppSettings& settings, QObject* parent)
    : CuePlayer(parent)
    , m_settings(settings)
    , m_devices(new QMediaDevices(this)) {
    m_available = !QMediaDevices::audioOutputs().isEmpty();
    for (const QString& name :
         {QStringLiteral("get-ready"), QStringLiteral("hold-start"), QStringLiteral("countdown"),
          QStringLiteral("hold-end"), QStringLiteral("switch-side"),
          QStringLiteral("session-complete")}) {
        auto* effect = new QSoundEffect(this);
        effect->setSource(QUrl(QStringLiteral("qrc:/sounds/%1.wav").arg(name)));
        m_effects.insert(name, effect);
    }
    applyVolume();
    connect(&settings, &AppSettings::audioChanged, this, &SoundCuePlayer::applyVolume);
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &SoundCuePlayer::checkDevices);
}

QString SoundCuePlayer::fileFor(Cue cue) {
    switch (cue) {
    case Cue::GetReady:
    case Cue::ExerciseDone:
        return QStringLiteral("get-ready");
    case Cue::HoldStart:
        return QStringLiteral("hold-start");
    case Cue::Countdown3:
    case Cue::Countdown2:
    case Cue::Countdown1:
        return QStringLiteral("countdown");
    case Cue::HoldEnd:
        return QStringLiteral("hold-end");
    case Cue::SwitchSide:
        return QStringLiteral("switch-side");
    case Cue::SessionDone:
        return QStringLiteral("session-complete");
    }
    return {};
}

void SoundCuePlayer::play(Cue cue) {
    if (!m_available || m_settings.muted())
        return;
    if (QSoundEffect* effect = m_effects.value(fileFor(cue)))
        effect->play();
}

void SoundCuePlayer::applyVolume() {
    const float volume = static_cast<float>(m_settings.volumePercent()) / 100.0f;
    for (QSoundEffect* effect : std::as_const(m_effects))
        effect->setVolume(volume);
}

void SoundCuePlayer::checkDevices() {
    const bool available = !QMediaDevices::audioOutputs().isEmpty();
    if (available == m_available)
        return;
    m_available = available;
    if (!available) {
        Q_EMIT unavailable(
            tr("The sound device is gone. The session goes on with on-screen cues."));
        return;
    }
    for (QSoundEffect* effect : std::as_const(m_effects))
        effect->setAudioDevice(QMediaDevices::defaultAudioOutput());
}

} // namespace footcoach
