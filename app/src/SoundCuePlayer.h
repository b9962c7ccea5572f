#pragma once

#include "CuePlayer.h"

#include <QHash>

class QSoundEffect;
class QMediaDevices;

namespace footcoach {

class AppSettings;

// Plays the cue WAVs with QSoundEffect, preloaded so that a cue starts without decoding delay.
class SoundCuePlayer final : public CuePlayer {
    Q_OBJECT
public:
    explicit SoundCuePlayer(const AppSettings& settings, QObject* parent = nullptr);

    void play(Cue cue) override;
    bool isAvailable() const override { return m_available; }

private:
    void applyVolume();
    void checkDevices();
    static QString fileFor(Cue cue);

    const AppSettings& m_settings;
    QMediaDevices* m_devices = nullptr;
    QHash<QString, QSoundEffect*> m_effects;
    bool m_available = false;
};

} // namespace footcoach
