#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace footcoach {

// What can be learned about a history file without letting SQLite touch it, and the file
// operations that recovery needs to be durable.
class DatabaseFile {
    Q_DECLARE_TR_FUNCTIONS(footcoach::DatabaseFile)

public:
    // Why the file cannot be a whole SQLite database (empty, not SQLite, truncated), in words
    // that finish "The history file ..."; nullopt when the header looks sound.
    static std::optional<QString> headerProblem(const QString& path);

    // Renames path (and its -wal, if any) to path + ".corrupt-<stamp>", never overwriting an
    // earlier one; drops the -shm, which only describes the -wal. Returns the new path.
    static std::optional<QString> moveAside(const QString& path, const QString& stamp);

    // Renames from to to, replacing to, and makes the rename durable.
    static bool replace(const QString& from, const QString& to);

    // Removes path and the -wal, -shm and -journal files SQLite may have left beside it.
    static void removeWithCompanions(const QString& path);

    // fsync on a directory, so that a rename in it survives a power cut.
    static bool syncDirectory(const QString& dirPath);
};

} // namespace footcoach
