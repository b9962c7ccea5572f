#include "sound/VoiceGuide.h"

#include "services/settings/AppSettings.h"
#include "services/settings/Localization.h"

#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QVoice>

Q_LOGGING_CATEGORY(lcVoice, "footcoach.voice", QtWarningMsg)

namespace footcoach {

VoiceGuide::VoiceGuide(const AppSettings& settings, QObject* parent)
    : VoiceGuide(settings, &VoiceGuide::bestEngine, parent) {}

VoiceGuide::VoiceGuide(const AppSettings& settings, EngineFactory factory, QObject* parent)
    : Voice(parent)
    , m_settings(settings)
    , m_worker(new SpeechWorker(std::move(factory)))
    , m_thread(m_worker, QStringLiteral("footcoach-voice"), kStopTimeoutMs) {
    connect(m_worker, &SpeechWorker::started, this, [this](bool speaking) {
        m_state = speaking ? State::Speaking : State::Silent;
        Q_EMIT ready();
    });
    connect(m_worker, &SpeechWorker::gaveUp, this, [this] { m_state = State::Silent; });
}

// The engine is deleted on its own thread, after whatever it is doing there (it may still be
// listing its voices, or cutting a phrase short).
VoiceGuide::~VoiceGuide() = default;

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

QTextToSpeech* VoiceGuide::bestEngine(const QLocale& locale, QObject* parent) {
    for (const QString& engine : enginesByPreference(QTextToSpeech::availableEngines()))
        if (QTextToSpeech* speech = engineFor(engine, locale, parent))
            return speech;
    return nullptr;
}

bool VoiceGuide::voiceExistsFor(const QLocale& locale) {
    QObject owner;
    return bestEngine(locale, &owner) != nullptr;
}

void VoiceGuide::prepare() {
    if (m_state != State::Idle || !m_settings.voiceEnabled())
        return;
    m_state = State::Starting;
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, locale = QLocale()] { w->start(locale); }, Qt::QueuedConnection);
}

bool VoiceGuide::isActive() {
    if (!m_settings.voiceEnabled())
        return false;
    prepare();
    return m_state == State::Speaking;
}

void VoiceGuide::say(const QString& text) {
    if (!isActive())
        return;
    const double volume = m_settings.muted() ? 0.0 : m_settings.volumePercent() / 100.0;
    qCInfo(lcVoice).noquote() << "say" << text;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, text, volume] { w->say(text, volume); }, Qt::QueuedConnection);
}

} // namespace footcoach
