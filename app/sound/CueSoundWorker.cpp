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
    , m_closeTimer(new QTimer(this)) {
    m_feedTimer->setTimerType(Qt::PreciseTimer);
    m_feedTimer->setInterval(kFeedMs);
    connect(m_feedTimer, &QTimer::timeout, this, &CueSoundWorker::feed);
    m_closeTimer->setSingleShot(true);
    m_closeTimer->setInterval(kCloseAfterMs);
    connect(m_closeTimer, &QTimer::timeout, this, &CueSoundWorker::closeOutput);
    m_clock.start();
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
    m_sink->setBufferSize(format.bytesForDuration(kBufferMs * 1000));
    connect(m_sink, &QAudioSink::stateChanged, this, &CueSoundWorker::onStateChanged);
    m_out = m_sink->start();
    if (!m_out) {
        qCInfo(lcAudio) << "output stream could not be opened" << m_sink->error();
        delete m_sink;
        m_sink = nullptr;
        return false;
    }
    m_fill.emplace(format.bytesForDuration(kBufferMs * 1000), m_sink->bufferSize(),
                   format.bytesForDuration(kUnderrunStepMs * 1000), m_clock.elapsed());
    qCInfo(lcAudio) << "output stream open, buffer" << m_sink->bufferSize() << "bytes";
    feed();
    m_feedTimer->start();
    return true;
}

void CueSoundWorker::closeOutput() {
    m_feedTimer->stop();
    m_closeTimer->stop();
    if (!m_sink)
        return;
    m_out = nullptr;
    m_fill.reset();
    m_sink->stop();
    delete m_sink;
    m_sink = nullptr;
    qCInfo(lcAudio) << "output stream closed";
}

void CueSoundWorker::feed() {
    if (!m_out)
        return;
    // Tops the stream up to StreamFill's target, with silence and the playing cues mixed in:
    // it never runs dry between cues, and a cue never waits behind more than that.
    const qint64 now = m_clock.elapsed();
    const qsizetype queued = m_sink->bufferSize() - m_sink->bytesFree();
    const qsizetype count = (m_fill->target() - queued) / qsizetype(sizeof(qint16));
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
        const bool settled = m_fill->settled();
        m_fill->wrote(count * qsizetype(sizeof(qint16)), now);
        if (!settled && m_fill->settled()) {
            qCInfo(lcAudio) << "output stream settled: the server takes it steadily";
            Q_EMIT outputSettled();
        }
    } else if (m_fill->stalled(now)) {
        qCInfo(lcAudio) << "output stream stalled: the server took nothing for"
                        << StreamFill::kStallMs << "ms; reopened";
        closeOutput();
        openOutput();
        return;
    }
    closeWhenQuiet();
}

void CueSoundWorker::onStateChanged(QAudio::State state) {
    if (!m_sink)
        return;
    // A pushed stream goes idle only when the server ran out (Qt's sound thread tells it, and
    // the next write has set the error back by the time it arrives here).
    if (state == QAudio::IdleState && m_fill) {
        m_fill->underrun(m_clock.elapsed());
        qCInfo(lcAudio) << "output stream underrun; now keeping" << m_fill->target() << "bytes";
    } else if (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError) {
        // A failed stream is closed, and the next cue opens a new one.
        qCInfo(lcAudio) << "output stream failed" << m_sink->error();
        QTimer::singleShot(0, this, &CueSoundWorker::closeOutput);
    }
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
    if (hold && (!openOutput() || m_fill->settled()))
        Q_EMIT outputSettled();
    closeWhenQuiet();
}

} // namespace footcoach
