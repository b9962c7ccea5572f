#include "sound/SpeechWorker.h"

#include <QLoggingCategory>
#include <QTextToSpeech>

Q_DECLARE_LOGGING_CATEGORY(lcVoice)

namespace footcoach {

SpeechWorker::SpeechWorker(EngineFactory factory, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory)) {}

void SpeechWorker::start(const QLocale& locale) {
    if (!m_speech) {
        m_speech = m_factory(locale, this);
        if (m_speech)
            connect(m_speech, &QTextToSpeech::stateChanged, this,
                    [this](QTextToSpeech::State state) { onStateChanged(state); });
    }
    Q_EMIT started(m_speech != nullptr);
}

void SpeechWorker::say(const QString& text, double volume) {
    if (!m_speech)
        return;
    m_speech->setVolume(volume);
    m_speech->say(text);
}

void SpeechWorker::onStateChanged(int state) {
    qCInfo(lcVoice) << "speech state" << static_cast<QTextToSpeech::State>(state);
    // Qt 6.4's flite backend reports an error now and then when its audio output runs dry and
    // is ready again for the next phrase. The engine is never replaced (that backend can crash
    // when a failed engine is); after a few failed phrases in a row the tones carry the
    // session. A phrase that went from speaking to ready without an error (done, or cut short
    // by the next) was heard.
    if (state == QTextToSpeech::Error && ++m_errorsInARow == kErrorsBeforeGivingUp)
        Q_EMIT gaveUp();
    else if (state == QTextToSpeech::Ready && m_lastStateWasSpeaking)
        m_errorsInARow = 0;
    m_lastStateWasSpeaking = state == QTextToSpeech::Speaking;
}

} // namespace footcoach
