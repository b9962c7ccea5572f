#pragma once

#include "services/session/Voice.h"

#include <QList>
#include <QLocale>

#include <optional>

class QTextToSpeech;

namespace footcoach {

class AppSettings;

// Spoken guidance through Qt TextToSpeech, in the interface language where a voice exists;
// where none speaks it, the session keeps its tones (a Spanish phrase read by an English voice
// helps nobody). The engine is created only when the user turns the voice on. Lives in the
// sound module.
class VoiceGuide final : public Voice {
    Q_OBJECT
public:
    explicit VoiceGuide(const AppSettings& settings, QObject* parent = nullptr);

    // True when a phrase can be spoken now; when false the caller plays tones instead.
    bool isActive() override;
    void say(const QString& text) override;

    // The language the interface speaks for a locale: its own where FootCoach is translated
    // into it, else English.
    static QLocale::Language interfaceLanguage(const QLocale& locale);
    // The voice, of those installed, for the interface language of locale: one of its country
    // if there is one. nullopt when none speaks it.
    static std::optional<QLocale> voiceFor(const QList<QLocale>& voices, const QLocale& locale);
    // True when an installed engine has a voice for the interface language of locale. Creates
    // an engine for the asking: for the settings dialog, not for every phrase.
    static bool voiceExistsFor(const QLocale& locale);

    // A phrase the audio output failed to play does not end the voice; this many in a row do.
    static constexpr int kErrorsBeforeGivingUp = 3;

private:
    void ensureEngine();

    const AppSettings& m_settings;
    QTextToSpeech* m_speech = nullptr;
    bool m_failed = false;
    int m_errorsInARow = 0;
    bool m_lastStateWasSpeaking = false;
};

} // namespace footcoach
