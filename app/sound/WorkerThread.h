#pragma once

#include <QString>

class QObject;
class QThread;

namespace footcoach {

// A worker object on a thread of its own, as the cue sound and the voice run theirs. The worker
// is deleted on that thread when this is destroyed: Qt's audio and speech objects stop their
// timers and post deferred deletions of their own, which only work there, and the thread's
// closing flush then runs them. A thread that does not stop in time (stuck inside an audio or
// speech backend) is left to end with the process rather than holding up quitting; stuck() then
// says so, and the app leaves without the backends' exit handlers.
class WorkerThread {
public:
    // Takes worker, which must have no parent, and moves it to a thread named name, not yet
    // started.
    WorkerThread(QObject* worker, const QString& name, int stopTimeoutMs);
    ~WorkerThread();
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    void start();
    bool isRunning() const;

    // True once a worker thread was left behind, or markStuck() was called.
    static bool stuck();
    // For a backend known to be wedged, before anything can quit.
    static void markStuck();

private:
    QThread* m_thread;
    QObject* m_worker;
    int m_stopTimeoutMs;
};

} // namespace footcoach
