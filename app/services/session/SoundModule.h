#pragma once

class QObject;

namespace footcoach {

class AppSettings;
class CuePlayer;
class Voice;

// What the sound module (libfootcoach-sound.so: the cue sounds on Qt Multimedia, the voice on
// Qt TextToSpeech) offers the rest of the app. The executable loads it when a session or a
// reminder first needs sound (see ModuleLoader), so those libraries and the dozen audio codec
// libraries behind them cost nothing at start-up.
class SoundModule {
public:
    virtual ~SoundModule() = default;

    virtual CuePlayer* createCuePlayer(const AppSettings& settings, QObject* parent) = 0;
    virtual Voice* createVoice(const AppSettings& settings, QObject* parent) = 0;
    // True when a speech engine with a voice for the interface language is installed.
    virtual bool voiceAvailable() = 0;
    // True once a sound thread is stuck in the audio backend (see SoundCuePlayer).
    virtual bool soundThreadStuck() = 0;
};

// The module's file and the function it exports, with C linkage, that returns the module.
inline constexpr char kSoundModuleFile[] = "libfootcoach-sound.so";
inline constexpr char kSoundModuleEntry[] = "footcoach_sound_module";

} // namespace footcoach
