#pragma once

#include <QLocale>
#include <QObject>

#include <functional>

class QTextToSpeech;

namespace footcoach {

// Lives on the voice thread (see VoiceGuide): creates the speech engine there and speaks with
// it, so that neither listing a speech server's voices (up to a second) nor an engine that
// stalls ever holds up the screen or the session's clock. The engine is its child and so is
// deleted on that thread too.
class SpeechWorker final : public QObject {
    Q_OBJECT
public:
    // Makes the engine to speak with, set to its voice for the locale's interface language, as
    // a child of parent; or null when no engine speaks it. Called on the voice thread.
    using EngineFactory = std::function<QTextToSpeech*(const QLocale& locale, QObject* parent)>;
    // A phrase the audio output failed to play does not end the voice; this many in a row do.
    static constexpr int kErrorsBeforeGivingUp = 3;

    explicit SpeechWorker(EngineFactory factory, QObject* parent = nullptr);

    // Creates the engine; then emits started().
    void start(const QLocale& locale);
    void say(const QString& text, double volume);

Q_SIGNALS:
    // The engine is ready to speak (speaking) or none speaks the language (!speaking).
    void started(bool speaking);
    // Too many phrases failed in a row: the tones carry the session from now on.
    void gaveUp();

private:
    void onStateChanged(int state);

    EngineFactory m_factory;
    QTextToSpeech* m_speech = nullptr;
    int m_errorsInARow = 0;
    bool m_lastStateWasSpeaking = false;
};

} // namespace footcoach
