#include "ScratchDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

namespace footcoach::fuzz {

namespace {
[[noreturn]] void die(const QString& what) {
    std::fprintf(stderr, "==footcoach== %s\n", qPrintable(what));
    std::abort();
}
} // namespace

ScratchDirectory::ScratchDirectory() {
    const QString chosen = qEnvironmentVariable("FOOTCOACH_FUZZ_SCRATCH");
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString base = !chosen.isEmpty()                 ? chosen
                         : shm.isDir() && shm.isWritable() ? shm.filePath()
                                                           : QDir::tempPath();
    QByteArray pattern = QFile::encodeName(base + QStringLiteral("/footcoach-fuzz-XXXXXX"));
    if (!mkdtemp(pattern.data()))
        die(QStringLiteral("cannot create a scratch directory in ") + base);
    m_path = QFile::decodeName(pattern);
}

ScratchDirectory::~ScratchDirectory() {
    QDir(m_path).removeRecursively();
}

QString ScratchDirectory::filePath(const QString& name) const {
    return m_path + QLatin1Char('/') + name;
}

void ScratchDirectory::clear() const {
    QDir dir(m_path);
    const QFileInfoList entries =
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        const bool removed = entry.isDir() && !entry.isSymLink()
                                 ? QDir(entry.filePath()).removeRecursively()
                                 : dir.remove(entry.fileName());
        if (!removed)
            die(QStringLiteral("cannot empty the scratch directory: ") + entry.filePath());
    }
}

QString ScratchDirectory::write(const QString& name, const char* data, qsizetype size) const {
    const QString path = filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data, size) != size)
        die(QStringLiteral("cannot write ") + path);
    return path;
}

} // namespace footcoach::fuzz
