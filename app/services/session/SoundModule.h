#pragma once

#include <QFuture>
#include <QtPlugin>

class QObject;

namespace footcoach {

class AppSettings;
class CuePlayer;
class Voice;

// What the sound module (libfootcoach-sound.so: the cue sounds on Qt Multimedia, the voice on
// Qt TextToSpeech) offers the rest of the app: a Qt plugin (SoundPlugin) with this interface. The
// executable loads it when a session or a reminder first needs sound (see ModuleLoader), so those
// libraries and the dozen audio codec libraries behind them cost nothing at start-up.
class SoundModule {
public:
    virtual ~SoundModule() = default;

    virtual CuePlayer* createCuePlayer(const AppSettings& settings, QObject* parent) = 0;
    virtual Voice* createVoice(const AppSettings& settings, QObject* parent) = 0;
    // Whether a speech engine with a voice for the interface language is installed. Asking
    // the engines takes up to a second, so the answer comes later, from another thread.
    virtual QFuture<bool> voiceAvailable() = 0;
    // True once a sound or voice thread is stuck in its backend (see SoundCuePlayer).
    virtual bool soundThreadStuck() = 0;
};

// The module's file name.
inline constexpr char kSoundModuleFile[] = "libfootcoach-sound.so";

} // namespace footcoach

// The interface id: a plugin built against another version of the interface is refused.
#define FOOTCOACH_SOUND_MODULE_IID "io.github.footcoach.SoundModule/2"
Q_DECLARE_INTERFACE(footcoach::SoundModule, FOOTCOACH_SOUND_MODULE_IID)
