#include "sound/CueSoundWorker.h"

#include <QAudioFormat>
#include <QAudioSink>
#include <QFile>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcAudio)

namespace footcoach {

CueSoundWorker::CueSoundWorker(QObject* parent)
    : QObject(parent)
    , m_feedTimer(new QTimer(this))
    , m_closeTimer(new QTimer(this))
    , m_settleTimer(new QTimer(this)) {
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(kSettleMs);
    connect(m_settleTimer, &QTimer::timeout, this, &CueSoundWorker::outputSettled);
    m_feedTimer->setTimerType(Qt::PreciseTimer);
    m_feedTimer->setInterval(kFeedMs);
    connect(m_feedTimer, &QTimer::timeout, this, &CueSoundWorker::feed);
    m_closeTimer->setSingleShot(true);
    m_closeTimer->setInterval(kCloseAfterMs);
    connect(m_closeTimer, &QTimer::timeout, this, &CueSoundWorker::closeOutput);
}

CueSoundWorker::~CueSoundWorker() {
    closeOutput();
}

void CueSoundWorker::load(const QStringList& names) {
    for (const QString& name : names) {
        QFile file(QStringLiteral(":/sounds/%1.wav").arg(name));
        QString why = QStringLiteral("cannot be read");
        std::optional<WavClip> clip;
        if (file.open(QIODevice::ReadOnly))
            clip = WavClip::fromWav(file.readAll(), &why);
        if (clip)
            m_mixer.addClip(name, std::move(*clip));
        else
            qCWarning(lcAudio).noquote() << "sound" << name << why;
    }
}

bool CueSoundWorker::openOutput() {
    if (m_out)
        return true;
    QAudioFormat format;
    format.setSampleRate(m_mixer.sampleRate() > 0 ? m_mixer.sampleRate() : 44100);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    const QAudioDevice device = m_device ? *m_device : QMediaDevices::defaultAudioOutput();
    m_sink = new QAudioSink(device, format, this);
    m_queueBytes = format.bytesForDuration(kBufferMs * 1000);
    m_sink->setBufferSize(m_queueBytes);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        // An underrun leaves the stream idle, and writing resumes it; a failed stream is closed
        // and the next cue opens a new one.
        if (state == QAudio::StoppedState && m_sink && m_sink->error() != QAudio::NoError) {
            qCInfo(lcAudio) << "output stream failed" << m_sink->error();
            QTimer::singleShot(0, this, &CueSoundWorker::closeOutput);
        }
    });
    m_out = m_sink->start();
    if (!m_out) {
        qCInfo(lcAudio) << "output stream could not be opened" << m_sink->error();
        delete m_sink;
        m_sink = nullptr;
        return false;
    }
    qCInfo(lcAudio) << "output stream open, buffer" << m_sink->bufferSize() << "bytes";
    feed();
    m_feedTimer->start();
    m_settleTimer->start();
    return true;
}

void CueSoundWorker::closeOutput() {
    m_feedTimer->stop();
    m_closeTimer->stop();
    m_settleTimer->stop();
    if (!m_sink)
        return;
    m_out = nullptr;
    m_sink->stop();
    delete m_sink;
    m_sink = nullptr;
    qCInfo(lcAudio) << "output stream closed";
}

void CueSoundWorker::feed() {
    if (!m_out)
        return;
    // Tops the stream up to kBufferMs, with silence and the playing cues mixed in: it never
    // runs dry between cues, and a cue never waits behind more than that.
    const qsizetype queued = m_sink->bufferSize() - m_sink->bytesFree();
    const qsizetype count = (m_queueBytes - queued) / qsizetype(sizeof(qint16));
    if (count > 0) {
        m_block.resize(count);
        m_mixer.mix(m_block.data(), count);
        m_out->write(reinterpret_cast<const char*>(m_block.constData()),
                     count * qsizetype(sizeof(qint16)));
        if (m_sink->error() == QAudio::IOError) {
            qCInfo(lcAudio) << "output stream write failed: device gone";
            Q_EMIT backendWedged();
            Q_EMIT deviceMissing();
            closeOutput();
            return;
        }
    }
    closeWhenQuiet();
}

void CueSoundWorker::closeWhenQuiet() {
    if (m_held || m_mixer.isPlaying())
        m_closeTimer->stop();
    else if (!m_closeTimer->isActive())
        m_closeTimer->start();
}

void CueSoundWorker::play(const QString& name) {
    // Qt does not always report a vanished device through QMediaDevices' signal; its device
    // list is right, though, so it is asked before each cue.
    if (QMediaDevices::defaultAudioOutput().isNull())
        Q_EMIT deviceMissing();
    else if (m_mixer.hasClip(name) && openOutput()) {
        m_mixer.start(name);
        feed();
    }
    Q_EMIT played();
}

void CueSoundWorker::setVolume(float volume) {
    m_mixer.setVolume(volume);
}

void CueSoundWorker::useDefaultDevice() {
    m_device = QMediaDevices::defaultAudioOutput();
    if (m_out) {
        closeOutput();
        if (m_held)
            openOutput();
    }
}

void CueSoundWorker::holdOpen(bool hold) {
    m_held = hold;
    // Settled already (open a while) or never will be (no stream): nothing to wait for.
    if (hold && (!openOutput() || !m_settleTimer->isActive()))
        Q_EMIT outputSettled();
    closeWhenQuiet();
}

} // namespace footcoach
