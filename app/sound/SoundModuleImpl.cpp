// The sound module's entry: SoundCuePlayer and VoiceGuide behind the SoundModule interface.
#include "services/session/SoundModule.h"
#include "sound/SoundCuePlayer.h"
#include "sound/VoiceGuide.h"

#include <QLocale>

namespace footcoach {
namespace {

class SoundModuleImpl final : public SoundModule {
public:
    CuePlayer* createCuePlayer(const AppSettings& settings, QObject* parent) override {
        return new SoundCuePlayer(settings, parent);
    }
    Voice* createVoice(const AppSettings& settings, QObject* parent) override {
        return new VoiceGuide(settings, parent);
    }
    bool voiceAvailable() override { return VoiceGuide::voiceExistsFor(QLocale()); }
    bool soundThreadStuck() override { return SoundCuePlayer::soundThreadStuck(); }
};

} // namespace
} // namespace footcoach

extern "C" Q_DECL_EXPORT void* footcoach_sound_module() {
    static footcoach::SoundModuleImpl module;
    return static_cast<footcoach::SoundModule*>(&module);
}
