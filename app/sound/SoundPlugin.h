#pragma once

#include "services/session/SoundModule.h"

#include <QObject>

namespace footcoach {

// The sound module as a Qt plugin: SoundCuePlayer and VoiceGuide behind the SoundModule
// interface. The executable gets it from QPluginLoader (ModuleLoader); tests, which link the
// module's code, make one themselves.
class SoundPlugin final : public QObject, public SoundModule {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID FOOTCOACH_SOUND_MODULE_IID)
    Q_INTERFACES(footcoach::SoundModule)

public:
    CuePlayer* createCuePlayer(const AppSettings& settings, QObject* parent) override;
    Voice* createVoice(const AppSettings& settings, QObject* parent) override;
    QFuture<bool> voiceAvailable() override;
    bool soundThreadStuck() override;
};

} // namespace footcoach
