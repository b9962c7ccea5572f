#pragma once

#include <QString>

namespace footcoach {

// An exclusive lock between processes, held while one of them opens the history (recovery,
// migration, daily backup). It is a flock(2) on a lock file, so the kernel releases it when its
// holder dies, even by SIGKILL: there is never a stale lock to guess about.
class OpenLock {
public:
    OpenLock(const QString& path, int timeoutMs);
    ~OpenLock();
    OpenLock(const OpenLock&) = delete;
    OpenLock& operator=(const OpenLock&) = delete;

    enum class Result { Locked, Busy, CannotCreate };
    Result result() const { return m_result; }

private:
    int m_fd = -1;
    Result m_result = Result::CannotCreate;
};

} // namespace footcoach
