#pragma once

#include "services/session/Voice.h"

#include <QList>
#include <QLocale>
#include <QStringList>

#include <optional>

class QTextToSpeech;

namespace footcoach {

class AppSettings;

// Spoken guidance through Qt TextToSpeech, in the interface language where a voice exists;
// where none speaks it, the session keeps its tones (a Spanish phrase read by an English voice
// helps nobody). Speech-dispatcher comes first (espeak-ng behind it speaks German and Spanish,
// and it is what screen-reader users have set up), flite (English only) otherwise. The engine
// is created only when the user turns the voice on. Lives in the sound module.
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
    // The voice to speak with, of an engine's voices for the locale voiceFor() chose: the
    // language's own voice, not one of espeak-ng's variants of it ("German+grandma"), and of
    // several (English has many accents) the one named after the locale's country.
    // Voices are given by name and locale (QVoice cannot be made outside an engine); the
    // result is an index into them.
    struct VoiceName {
        QString name;
        QLocale locale;
    };
    static std::optional<qsizetype> pickVoice(const QList<VoiceName>& voices,
                                              const QLocale& locale);
    // The engines to try, best first, of those installed.
    static QStringList enginesByPreference(const QStringList& installed);
    // True when an installed engine has a voice for the interface language of locale. Creates
    // engines for the asking: for the settings dialog, not for every phrase.
    static bool voiceExistsFor(const QLocale& locale);

    // A phrase the audio output failed to play does not end the voice; this many in a row do.
    static constexpr int kErrorsBeforeGivingUp = 3;

private:
    void ensureEngine();
    // An engine of that name set to a voice for locale, or null (none, or it does not connect).
    static QTextToSpeech* engineFor(const QString& engine, const QLocale& locale, QObject* parent);

    const AppSettings& m_settings;
    QTextToSpeech* m_speech = nullptr;
    bool m_failed = false;
    int m_errorsInARow = 0;
    bool m_lastStateWasSpeaking = false;
};

} // namespace footcoach
