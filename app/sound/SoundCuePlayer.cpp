#include "sound/SoundCuePlayer.h"

#include "services/settings/AppSettings.h"
#include "sound/CueSoundWorker.h"

#include <QAudioDevice>
#include <QLoggingCategory>
#include <QMediaDevices>

Q_LOGGING_CATEGORY(lcAudio, "footcoach.audio", QtWarningMsg)

namespace footcoach {

SoundCuePlayer::SoundCuePlayer(const AppSettings& settings, QObject* parent)
    : CuePlayer(parent)
    , m_settings(settings)
    , m_devices(new QMediaDevices(this))
    , m_worker(new CueSoundWorker)
    , m_thread(m_worker, QStringLiteral("footcoach-sound"), kAnswerTimeoutMs) {
    m_available = !QMediaDevices::audioOutputs().isEmpty();
    m_thread.start();
    const QStringList names{QStringLiteral("get-ready"),   QStringLiteral("hold-start"),
                            QStringLiteral("countdown-3"), QStringLiteral("countdown-2"),
                            QStringLiteral("countdown-1"), QStringLiteral("hold-end"),
                            QStringLiteral("switch-side"), QStringLiteral("session-complete")};
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, names] { w->load(names); }, Qt::QueuedConnection);
    applyVolume();

    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        WorkerThread::markStuck();
        markGone(
            tr("The sound device stopped answering. The session goes on with on-screen cues."));
    });
    connect(m_worker, &CueSoundWorker::played, this, [this] {
        if (--m_unanswered <= 0) {
            m_unanswered = 0;
            m_watchdog.stop();
        }
    });
    connect(m_worker, &CueSoundWorker::outputSettled, this, [this] {
        if (m_ready)
            return;
        m_ready = true;
        Q_EMIT ready();
    });
    // Emitted on the sound thread, so that the flag is set before anything can quit.
    connect(
        m_worker, &CueSoundWorker::backendWedged, this, [] { WorkerThread::markStuck(); },
        Qt::DirectConnection);
    connect(m_worker, &CueSoundWorker::deviceMissing, this, [this] {
        markGone(tr("The sound device is gone. The session goes on with on-screen cues."));
    });
    connect(&settings, &AppSettings::audioChanged, this, &SoundCuePlayer::applyVolume);
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &SoundCuePlayer::checkDevices);
}

SoundCuePlayer::~SoundCuePlayer() = default; // m_thread deletes the worker on its thread

QString SoundCuePlayer::fileFor(Cue cue) {
    // Each sound is named after its cue (resources/sounds), but for two: the end of a move
    // sounds like the start of one, and the session's end has its own name.
    switch (cue) {
    case Cue::ExerciseDone:
        return toString(Cue::GetReady);
    case Cue::SessionDone:
        return QStringLiteral("session-complete");
    default:
        return toString(cue);
    }
}

void SoundCuePlayer::play(Cue cue) {
    if (!m_available || m_settings.muted())
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, name = fileFor(cue)] { w->play(name); }, Qt::QueuedConnection);
    ++m_unanswered;
    if (!m_watchdog.isActive())
        m_watchdog.start(kAnswerTimeoutMs);
}

void SoundCuePlayer::beginSession() {
    if (++m_sessions > 1)
        return;
    if (m_available && !m_settings.muted())
        m_ready = false;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->holdOpen(true); }, Qt::QueuedConnection);
}

void SoundCuePlayer::endSession() {
    if (m_sessions > 0 && --m_sessions == 0)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->holdOpen(false); }, Qt::QueuedConnection);
}

void SoundCuePlayer::applyVolume() {
    const float volume = static_cast<float>(m_settings.volumePercent()) / 100.0f;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, volume] { w->setVolume(volume); }, Qt::QueuedConnection);
}

void SoundCuePlayer::markGone(const QString& reason) {
    if (!m_available)
        return;
    m_available = false;
    m_watchdog.stop();
    qCInfo(lcAudio) << "sound device gone";
    Q_EMIT unavailable(reason);
}

void SoundCuePlayer::checkDevices() {
    const bool available = !QMediaDevices::audioOutputs().isEmpty();
    if (!available) {
        markGone(tr("The sound device is gone. The session goes on with on-screen cues."));
        return;
    }
    if (m_available || m_unanswered > 0)
        return; // a stuck sound thread stays given up
    m_available = true;
    qCInfo(lcAudio) << "sound device back";
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->useDefaultDevice(); }, Qt::QueuedConnection);
}

} // namespace footcoach
