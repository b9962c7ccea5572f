#include "sound/SoundCuePlayer.h"

#include "services/settings/AppSettings.h"
#include "sound/CueSoundWorker.h"

#include <QAudioDevice>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QThread>

#include <atomic>

Q_LOGGING_CATEGORY(lcAudio, "footcoach.audio", QtWarningMsg)

namespace footcoach {

namespace {
std::atomic<bool> s_soundThreadStuck{false};
} // namespace

bool SoundCuePlayer::soundThreadStuck() {
    return s_soundThreadStuck.load();
}

SoundCuePlayer::SoundCuePlayer(const AppSettings& settings, QObject* parent)
    : CuePlayer(parent)
    , m_settings(settings)
    , m_devices(new QMediaDevices(this))
    , m_thread(new QThread)
    , m_worker(new CueSoundWorker) {
    m_available = !QMediaDevices::audioOutputs().isEmpty();
    m_thread->setObjectName(QStringLiteral("footcoach-sound"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    const QStringList names{QStringLiteral("get-ready"),   QStringLiteral("hold-start"),
                            QStringLiteral("countdown-3"), QStringLiteral("countdown-2"),
                            QStringLiteral("countdown-1"), QStringLiteral("hold-end"),
                            QStringLiteral("switch-side"), QStringLiteral("session-complete")};
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, names] { w->load(names); }, Qt::QueuedConnection);
    applyVolume();

    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        s_soundThreadStuck = true;
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
        m_worker, &CueSoundWorker::backendWedged, this, [] { s_soundThreadStuck = true; },
        Qt::DirectConnection);
    connect(m_worker, &CueSoundWorker::deviceMissing, this, [this] {
        markGone(tr("The sound device is gone. The session goes on with on-screen cues."));
    });
    connect(&settings, &AppSettings::audioChanged, this, &SoundCuePlayer::applyVolume);
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &SoundCuePlayer::checkDevices);
}

SoundCuePlayer::~SoundCuePlayer() {
    // The worker and its output stream belong to the sound thread and are deleted there: Qt's
    // audio objects stop their timers and post deferred deletions of their own when destroyed,
    // which only work on their own thread. The thread's closing flush then runs those deletions.
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker] {
            delete w;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    if (m_thread->wait(kAnswerTimeoutMs)) {
        delete m_thread;
        return;
    }
    // The sound thread is stuck inside the audio backend and cannot be joined. It is left to
    // end with the process rather than blocking the quit; the process then leaves without
    // running the backend's teardown (see soundThreadStuck()).
    s_soundThreadStuck = true;
    qCWarning(lcAudio) << "sound thread did not stop; leaving it behind";
}

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
