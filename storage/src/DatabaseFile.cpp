#include "DatabaseFile.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

namespace footcoach {

namespace {

quint32 bigEndian32(const QByteArray& bytes, int at) {
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16) |
           (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
}

} // namespace

std::optional<QString> DatabaseFile::headerProblem(const QString& path) {
    QFile file(path);
    const qint64 size = file.size();
    if (size == 0)
        return tr("is empty (zero bytes)");
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt; // not damage: SQLite will report the permission problem
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return tr("is not a FootCoach history (it is not an SQLite database)");
    const quint32 rawPageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    const quint32 pageSize = rawPageSize == 1 ? 65536u : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return tr("is damaged (its header is not valid)");
    if (size % pageSize != 0)
        return tr("is damaged (it was cut short)");
    // With no write-ahead log pending, the file alone must hold every page the header counts.
    // The count is only trustworthy when the version-valid-for number matches.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walPending = wal.exists() && wal.size() > 0;
    const quint32 pages = bigEndian32(header, 28);
    if (!walPending && pages > 0 && bigEndian32(header, 24) == bigEndian32(header, 92) &&
        qint64(pages) * pageSize > size)
        return tr("is damaged (it was cut short)");
    return std::nullopt;
}

std::optional<QString> DatabaseFile::moveAside(const QString& path, const QString& stamp) {
    QString target = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    // rename(2) rather than QFile::rename: it must not fall back to copying.
    if (std::rename(QFile::encodeName(path).constData(), QFile::encodeName(target).constData()) !=
        0)
        return std::nullopt;
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal))
        std::rename(QFile::encodeName(wal).constData(),
                    QFile::encodeName(target + QStringLiteral("-wal")).constData());
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
    syncDirectory(QFileInfo(path).absolutePath());
    return target;
}

bool DatabaseFile::replace(const QString& from, const QString& to) {
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return false;
    return syncDirectory(QFileInfo(to).absolutePath());
}

void DatabaseFile::removeWithCompanions(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

bool DatabaseFile::syncDirectory(const QString& dirPath) {
    const int fd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace footcoach
