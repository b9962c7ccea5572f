#pragma once

#include "services/session/Voice.h"
#include "sound/SpeechWorker.h"
#include "sound/WorkerThread.h"

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
// is created only when the user turns the voice on, on a thread of its own (SpeechWorker):
// nothing here waits for it. Lives in the sound module.
class VoiceGuide final : public Voice {
    Q_OBJECT
public:
    using EngineFactory = SpeechWorker::EngineFactory;
    // How long quitting waits for the voice thread to finish what it is doing (an engine being
    // created, a phrase being cut short) before leaving it behind.
    static constexpr int kStopTimeoutMs = 5000;

    explicit VoiceGuide(const AppSettings& settings, QObject* parent = nullptr);
    // Tests pass an engine factory of their own.
    VoiceGuide(const AppSettings& settings, EngineFactory factory, QObject* parent = nullptr);
    ~VoiceGuide() override;

    // True when a phrase can be spoken now; when false the caller plays tones instead. Starts
    // preparing the engine when that has not begun, without waiting for it.
    bool isActive() override;
    void say(const QString& text) override;
    void prepare() override;
    bool isReady() const override { return m_state != State::Starting; }

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
    // The first installed engine, by preference, with a voice for the interface language of
    // locale, set to that voice, as a child of parent; null when none has one. Blocks for as
    // long as the engines take to list their voices: call it off the GUI thread.
    static QTextToSpeech* bestEngine(const QLocale& locale, QObject* parent);
    // True when an installed engine has a voice for the interface language of locale. Blocks
    // like bestEngine().
    static bool voiceExistsFor(const QLocale& locale);

private:
    enum class State { Idle, Starting, Speaking, Silent };
    // An engine of that name set to a voice for locale, or null (none, or it does not connect).
    static QTextToSpeech* engineFor(const QString& engine, const QLocale& locale, QObject* parent);

    const AppSettings& m_settings;
    SpeechWorker* m_worker; // lives on m_thread
    WorkerThread m_thread;
    State m_state = State::Idle;
};

} // namespace footcoach
