#include "BackupManager.h"

#include "DatabaseFile.h"
#include "SqlConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <signal.h>
#include <unistd.h>

#include <cerrno>

#include <algorithm>
#include <limits>
#include <set>

namespace footcoach {

namespace {

const QRegularExpression& backupPattern() {
    static const QRegularExpression pattern(
        QStringLiteral("^history-(\\d{4}-\\d{2}-\\d{2})(?:-before-format(\\d+))?\\.db$"));
    return pattern;
}

// The process id in "history-<anything>.db.tmp-<pid>", the name create() writes to; 0 for any
// other name. Read by hand: this runs as the history opens, before the first window, and a
// name filter or a regular expression would set up the regular-expression engine for it.
pid_t temporaryWriter(const QString& file) {
    static const QString marker = QStringLiteral(".db.tmp-");
    const qsizetype at = file.lastIndexOf(marker);
    if (!file.startsWith(QLatin1String("history-")) || at < 0)
        return 0;
    const QStringView digits = QStringView(file).mid(at + marker.size());
    const bool allDigits =
        !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        });
    bool ok = false;
    const qlonglong pid = allDigits ? digits.toLongLong(&ok) : 0;
    return ok && pid > 0 && pid <= std::numeric_limits<pid_t>::max() ? static_cast<pid_t>(pid) : 0;
}

struct BackupName {
    QString fileName;
    QDate date;
    int beforeFormat = 0; // 0 for a daily copy

    // Newer first; on one day the daily copy is taken after any migration, so it is newer.
    bool newerThan(const BackupName& other) const {
        if (date != other.date)
            return date > other.date;
        const int rank = beforeFormat == 0 ? 1'000'000 : beforeFormat;
        const int otherRank = other.beforeFormat == 0 ? 1'000'000 : other.beforeFormat;
        if (rank != otherRank)
            return rank > otherRank;
        return fileName > other.fileName;
    }
};

QList<BackupName> listBackups(const QString& directory) {
    QList<BackupName> names;
    const QStringList files =
        QDir(directory).entryList({QStringLiteral("history-*.db")}, QDir::Files);
    for (const QString& file : files) {
        const auto match = backupPattern().match(file);
        if (!match.hasMatch())
            continue;
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        if (!date.isValid())
            continue;
        names.append({file, date, match.captured(2).isEmpty() ? 0 : match.captured(2).toInt()});
    }
    std::sort(names.begin(), names.end(),
              [](const BackupName& a, const BackupName& b) { return a.newerThan(b); });
    return names;
}

bool syncFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return ::fsync(file.handle()) == 0;
}

} // namespace

BackupManager::BackupManager(QString directory, int applicationId)
    : m_directory(std::move(directory))
    , m_applicationId(applicationId) {}

QString BackupManager::dailyName(const QDate& date) {
    return QStringLiteral("history-%1.db").arg(date.toString(Qt::ISODate));
}

QString BackupManager::preMigrationName(const QDate& date, int toVersion) {
    return QStringLiteral("history-%1-before-format%2.db")
        .arg(date.toString(Qt::ISODate))
        .arg(toVersion);
}

bool BackupManager::exists(const QString& fileName) const {
    return QFileInfo::exists(QDir(m_directory).filePath(fileName));
}

bool BackupManager::fail(const QString& message, int code) {
    m_error = message;
    m_errorCode = code;
    return false;
}

std::optional<QString> BackupManager::create(SqlConnection& source, const QString& fileName) {
    m_error.clear();
    m_errorCode = 0;
    if (!QDir().mkpath(m_directory)) {
        fail(tr("cannot create the backup folder %1").arg(m_directory), 14);
        return std::nullopt;
    }
    const QString target = QDir(m_directory).filePath(fileName);
    // Per process, so two processes backing up at once never share a half-written file.
    const QString temporary =
        target + QStringLiteral(".tmp-%1").arg(QCoreApplication::applicationPid());
    DatabaseFile::removeWithCompanions(temporary);
    if (!source.exec(QStringLiteral("VACUUM INTO ?"), {temporary})) {
        fail(source.error().text(), source.errorCode());
        DatabaseFile::removeWithCompanions(temporary);
        return std::nullopt;
    }
    if (const auto problem = problemWith(temporary)) {
        fail(tr("the new backup did not verify: %1").arg(*problem), m_errorCode);
        DatabaseFile::removeWithCompanions(temporary);
        return std::nullopt;
    }
    if (!syncFile(temporary) || !DatabaseFile::replace(temporary, target)) {
        fail(tr("cannot write the backup %1").arg(target), 10);
        DatabaseFile::removeWithCompanions(temporary);
        return std::nullopt;
    }
    return target;
}

void BackupManager::removeStaleTemporaries() const {
    const QDir dir(m_directory);
    for (const QString& file : dir.entryList(QDir::Files)) {
        const pid_t pid = temporaryWriter(file);
        if (pid == 0)
            continue;
        // Only when its process is gone: a live one may be writing it right now.
        if (::kill(pid, 0) != 0 && errno == ESRCH)
            DatabaseFile::removeWithCompanions(dir.filePath(file));
    }
}

QStringList BackupManager::newestFirst() const {
    QStringList paths;
    const QDir dir(m_directory);
    for (const BackupName& name : listBackups(m_directory))
        paths << dir.filePath(name.fileName);
    return paths;
}

QStringList BackupManager::prune() {
    constexpr int kDaily = 7;
    constexpr int kWeekly = 4;
    QList<BackupName> daily;
    for (const BackupName& name : listBackups(m_directory)) {
        if (name.beforeFormat == 0)
            daily.append(name);
    }
    auto weekOf = [](const QDate& date) {
        int year = 0;
        const int week = date.weekNumber(&year);
        return year * 100 + week;
    };
    std::set<int> weeksKept;
    int weeklyKept = 0;
    QStringList removed;
    for (qsizetype i = 0; i < daily.size(); ++i) {
        const int week = weekOf(daily[i].date);
        bool keep = false;
        if (i < kDaily) {
            keep = true;
        } else if (weeklyKept < kWeekly && !weeksKept.contains(week)) {
            // Newest first, so this is the newest copy of a week not yet covered.
            keep = true;
            ++weeklyKept;
        }
        if (keep) {
            weeksKept.insert(week);
            continue;
        }
        if (QFile::remove(QDir(m_directory).filePath(daily[i].fileName)))
            removed << daily[i].fileName;
    }
    return removed;
}

std::optional<QString> BackupManager::problemWith(const QString& path) const {
    if (const auto header = DatabaseFile::headerProblem(path))
        return tr("the file %1").arg(*header);
    SqlConnection copy(path, SqlConnection::Mode::ReadOnly);
    if (!copy.isOpen())
        return copy.error().text();
    const auto applicationId = copy.scalar(QStringLiteral("PRAGMA application_id"));
    if (!applicationId)
        return copy.error().text();
    if (applicationId->toInt() != m_applicationId)
        return tr("it is not a FootCoach history");
    const auto result = copy.check(true);
    if (!result)
        return copy.error().text();
    if (*result != QLatin1String("ok"))
        return tr("integrity check: %1").arg(result->left(200));
    return std::nullopt;
}

bool BackupManager::restore(const QString& backupPath, const QString& target) {
    m_error.clear();
    m_errorCode = 0;
    if (const auto problem = problemWith(backupPath))
        return fail(*problem);
    const QString temporary = target + QStringLiteral(".restoring");
    DatabaseFile::removeWithCompanions(temporary);
    {
        SqlConnection backup(backupPath, SqlConnection::Mode::ReadOnly);
        if (!backup.isOpen())
            return fail(backup.error().text(), backup.errorCode());
        if (!backup.exec(QStringLiteral("VACUUM INTO ?"), {temporary})) {
            DatabaseFile::removeWithCompanions(temporary);
            return fail(backup.error().text(), backup.errorCode());
        }
    }
    if (const auto problem = problemWith(temporary)) {
        DatabaseFile::removeWithCompanions(temporary);
        return fail(*problem);
    }
    if (!syncFile(temporary) || !DatabaseFile::replace(temporary, target)) {
        DatabaseFile::removeWithCompanions(temporary);
        return fail(tr("cannot put the restored history in place"), 10);
    }
    return true;
}

} // namespace footcoach
