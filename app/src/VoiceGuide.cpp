#include "VoiceGuide.h"

#include "AppSettings.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>

Q_LOGGING_CATEGORY(lcVoice, "footcoach.voice", QtWarningMsg)

namespace footcoach {

VoiceGuide::VoiceGuide(const AppSettings& settings, QObject* parent)
    : Voice(parent)
    , m_settings(settings) {}

void VoiceGuide::ensureEngine() {
    if (m_speech || m_failed)
        return;
    if (QTextToSpeech::availableEngines().isEmpty()) {
        m_failed = true;
        return;
    }
    m_speech = new QTextToSpeech(this);
    const QLocale wanted;
    for (const QLocale& locale : m_speech->availableLocales()) {
        if (locale.language() == wanted.language()) {
            m_speech->setLocale(locale);
            break;
        }
    }
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        qCInfo(lcVoice) << "speech state" << state;
        // A failed speech engine is not restarted (Qt's flite backend can crash when a failed
        // engine is replaced); the tones carry the session from here on.
        if (state == QTextToSpeech::Error)
            m_failed = true;
    });
}

bool VoiceGuide::isActive() {
    if (!m_settings.voiceEnabled())
        return false;
    ensureEngine();
    return m_speech && !m_failed && m_speech->state() != QTextToSpeech::Error;
}

void VoiceGuide::say(const QString& text) {
    if (!isActive())
        return;
    m_speech->setVolume(m_settings.muted() ? 0.0 : m_settings.volumePercent() / 100.0);
    qCInfo(lcVoice).noquote() << "say" << text;
    m_speech->say(text);
}

} // namespace footcoach
