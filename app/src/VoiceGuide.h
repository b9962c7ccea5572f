#pragma once

#include "Voice.h"

class QTextToSpeech;

namespace footcoach {

class AppSettings;

// Spoken guidance through Qt TextToSpeech, in the interface language where a voice exists.
// The engine is created only when the user turns the voice on. Lives in the sound module.
class VoiceGuide final : public Voice {
    Q_OBJECT
public:
    explicit VoiceGuide(const AppSettings& settings, QObject* parent = nullptr);

    // True when a phrase can be spoken now; when false the caller plays tones instead.
    bool isActive() override;
    void say(const QString& text) override;

private:
    void ensureEngine();

    const AppSettings& m_settings;
    QTextToSpeech* m_speech = nullptr;
    bool m_failed = false;
};

} // namespace footcoach
