#include "sound/VoiceGuide.h"

#include "services/settings/AppSettings.h"
#include "services/settings/Localization.h"

#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QVoice>

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

std::optional<qsizetype> VoiceGuide::pickVoice(const QList<VoiceName>& voices,
                                               const QLocale& locale) {
    // espeak-ng names its main voices after the region in words of its own.
    QString region = QLocale::territoryToString(locale.territory());
    if (locale.territory() == QLocale::UnitedStates)
        region = QStringLiteral("America");
    else if (locale.territory() == QLocale::UnitedKingdom)
        region = QStringLiteral("Great Britain");
    auto score = [&](const VoiceName& voice) {
        int s = 0;
        if (!voice.name.contains(QLatin1Char('+'))) // "Name+variant": an espeak-ng variant
            s += 4;
        if (voice.locale.territory() == locale.territory())
            s += 2;
        if (voice.name.contains(QLatin1Char('(') + region + QLatin1Char(')')))
            s += 1;
        return s;
    };
    std::optional<qsizetype> best;
    for (qsizetype i = 0; i < voices.size(); ++i)
        if (voices[i].locale.language() == locale.language() &&
            (!best || score(voices[i]) > score(voices[*best])))
            best = i;
    return best;
}

QStringList VoiceGuide::enginesByPreference(const QStringList& installed) {
    QStringList ordered;
    for (const QString& name : {QStringLiteral("speechd"), QStringLiteral("flite")})
        if (installed.contains(name))
            ordered.append(name);
    for (const QString& name : installed)
        if (!ordered.contains(name))
            ordered.append(name);
    return ordered;
}

QTextToSpeech* VoiceGuide::engineFor(const QString& engine, const QLocale& locale,
                                     QObject* parent) {
    auto* speech = new QTextToSpeech(engine, parent);
    const auto voiceLocale = speech->state() == QTextToSpeech::Error
                                 ? std::nullopt
                                 : voiceFor(speech->availableLocales(), locale);
    if (voiceLocale) {
        speech->setLocale(*voiceLocale);
        const QList<QVoice> voices = speech->availableVoices();
        QList<VoiceName> names;
        for (const QVoice& voice : voices)
            names.append({voice.name(), voice.locale()});
        if (const auto chosen = pickVoice(names, *voiceLocale)) {
            speech->setVoice(voices.at(*chosen));
            qCInfo(lcVoice).noquote() << "speaking with" << engine << names.at(*chosen).name;
            return speech;
        }
    }
    qCInfo(lcVoice).noquote() << engine << "has no voice for"
                              << QLocale::languageToString(interfaceLanguage(locale))
                              << speech->errorString();
    delete speech;
    return nullptr;
}

bool VoiceGuide::voiceExistsFor(const QLocale& locale) {
    const QStringList engines = enginesByPreference(QTextToSpeech::availableEngines());
    for (const QString& engine : engines) {
        QObject owner;
        if (engineFor(engine, locale, &owner))
            return true;
    }
    return false;
}

void VoiceGuide::ensureEngine() {
    if (m_speech || m_failed)
        return;
    for (const QString& engine : enginesByPreference(QTextToSpeech::availableEngines())) {
        m_speech = engineFor(engine, QLocale(), this);
        if (m_speech)
            break;
    }
    if (!m_speech) {
        m_failed = true;
        return;
    }
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
