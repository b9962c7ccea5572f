#include "sound/VoiceGuide.h"

#include "services/settings/AppSettings.h"
#include "services/settings/Localization.h"

#include <QLoggingCategory>
#include <QTextToSpeech>

Q_LOGGING_CATEGORY(lcVoice, "footcoach.voice", QtWarningMsg)

namespace footcoach {

VoiceGuide::VoiceGuide(const AppSettings& settings, QObject* parent)
    : Voice(parent)
    , m_settings(settings) {}

QLocale::Language VoiceGuide::interfaceLanguage(const QLocale& locale) {
    const QString code = QLocale::languageToCode(locale.language());
    return Localization::translatedLanguages().contains(code) ? locale.language()
                                                              : QLocale::English;
}

std::optional<QLocale> VoiceGuide::voiceFor(const QList<QLocale>& voices, const QLocale& locale) {
    const QLocale::Language language = interfaceLanguage(locale);
    std::optional<QLocale> found;
    for (const QLocale& voice : voices) {
        if (voice.language() != language)
            continue;
        if (voice.territory() == locale.territory())
            return voice;
        if (!found)
            found = voice;
    }
    return found;
}

bool VoiceGuide::voiceExistsFor(const QLocale& locale) {
    if (QTextToSpeech::availableEngines().isEmpty())
        return false;
    const QTextToSpeech speech;
    return voiceFor(speech.availableLocales(), locale).has_value();
}

void VoiceGuide::ensureEngine() {
    if (m_speech || m_failed)
        return;
    if (QTextToSpeech::availableEngines().isEmpty()) {
        m_failed = true;
        return;
    }
    m_speech = new QTextToSpeech(this);
    const auto voice = voiceFor(m_speech->availableLocales(), QLocale());
    if (!voice) {
        qCInfo(lcVoice) << "no voice for" << QLocale::languageToString(interfaceLanguage(QLocale()))
                        << "among" << m_speech->availableLocales();
        m_failed = true;
        return;
    }
    m_speech->setLocale(*voice);
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        qCInfo(lcVoice) << "speech state" << state;
        // Qt 6.4's flite backend reports an error now and then when its audio output runs dry
        // and is ready again for the next phrase. The engine is never replaced (that backend can
        // crash when a failed engine is); after a few failed phrases in a row the tones carry
        // the session. A phrase that went from speaking to ready without an error (done, or cut
        // short by the next) was heard.
        if (state == QTextToSpeech::Error && ++m_errorsInARow >= kErrorsBeforeGivingUp)
            m_failed = true;
        else if (state == QTextToSpeech::Ready && m_lastStateWasSpeaking)
            m_errorsInARow = 0;
        m_lastStateWasSpeaking = state == QTextToSpeech::Speaking;
    });
}

bool VoiceGuide::isActive() {
    if (!m_settings.voiceEnabled())
        return false;
    ensureEngine();
    return m_speech && !m_failed;
}

void VoiceGuide::say(const QString& text) {
    if (!isActive())
        return;
    m_speech->setVolume(m_settings.muted() ? 0.0 : m_settings.volumePercent() / 100.0);
    qCInfo(lcVoice).noquote() << "say" << text;
    m_speech->say(text);
}

} // namespace footcoach
