#include "OpenLock.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace footcoach {

OpenLock::OpenLock(const QString& path, int timeoutMs) {
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        return;
    // flock has no timeout of its own; the holder is another open(), so a short poll is enough.
    const QDeadlineTimer deadline(timeoutMs);
    while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if ((errno != EWOULDBLOCK && errno != EINTR) || deadline.hasExpired()) {
            m_result = Result::Busy;
            return;
        }
        QThread::msleep(2);
    }
    m_result = Result::Locked;
}

OpenLock::~OpenLock() {
    if (m_fd >= 0)
        ::close(m_fd); // closing releases the flock
}

} // namespace footcoach
