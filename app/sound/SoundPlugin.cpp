#include "sound/SoundPlugin.h"

#include "sound/SoundCuePlayer.h"
#include "sound/VoiceGuide.h"

#include <QLocale>

namespace footcoach {

CuePlayer* SoundPlugin::createCuePlayer(const AppSettings& settings, QObject* parent) {
    return new SoundCuePlayer(settings, parent);
}

Voice* SoundPlugin::createVoice(const AppSettings& settings, QObject* parent) {
    return new VoiceGuide(settings, parent);
}

bool SoundPlugin::voiceAvailable() {
    return VoiceGuide::voiceExistsFor(QLocale());
}

bool SoundPlugin::soundThreadStuck() {
    return SoundCuePlayer::soundThreadStuck();
}

} // namespace footcoach
