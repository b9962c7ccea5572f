#include "sound/WorkerThread.h"

#include <QLoggingCategory>
#include <QThread>

#include <atomic>

Q_LOGGING_CATEGORY(lcWorker, "footcoach.audio", QtWarningMsg)

namespace footcoach {

namespace {
std::atomic<bool> s_stuck{false};
} // namespace

WorkerThread::WorkerThread(QObject* worker, const QString& name, int stopTimeoutMs)
    : m_thread(new QThread)
    , m_worker(worker)
    , m_stopTimeoutMs(stopTimeoutMs) {
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
}

WorkerThread::~WorkerThread() {
    if (!m_thread->isRunning()) {
        delete m_worker;
        delete m_thread;
        return;
    }
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker] {
            delete w;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    if (m_thread->wait(m_stopTimeoutMs)) {
        delete m_thread;
        return;
    }
    markStuck();
    qCWarning(lcWorker).noquote() << m_thread->objectName() << "did not stop; leaving it behind";
}

void WorkerThread::start() {
    m_thread->start();
}

bool WorkerThread::isRunning() const {
    return m_thread->isRunning();
}

bool WorkerThread::stuck() {
    return s_stuck.load();
}

void WorkerThread::markStuck() {
    s_stuck = true;
}

} // namespace footcoach
