#pragma once

#include <QString>

namespace footcoach::fuzz {

// A private directory for the fuzz inputs that need files, on tmpfs (/dev/shm) when there is
// one so that thousands of runs a second cost no disk writes, or inside FOOTCOACH_FUZZ_SCRATCH
// when set. Emptied by clear() before each input and removed with everything in it at exit.
class ScratchDirectory {
public:
    ScratchDirectory();
    ~ScratchDirectory();
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;

    QString path() const { return m_path; }
    QString filePath(const QString& name) const;
    // Removes everything inside, keeps the directory.
    void clear() const;
    // Writes bytes to name inside the directory; aborts if it cannot, since every later input
    // would then test nothing.
    QString write(const QString& name, const char* data, qsizetype size) const;

private:
    QString m_path;
};

} // namespace footcoach::fuzz
