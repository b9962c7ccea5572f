#include "StorageTestSupport.h"

#include <QDeadlineTimer>
#include <QFile>

#include <sqlite3.h>

namespace footcoach::test {

RawDatabase::RawDatabase(const QString& path, bool readOnly) {
    const int flags =
        readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

RawDatabase::~RawDatabase() {
    sqlite3_close(m_db);
}

QString RawDatabase::execScript(const QString& sql) {
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString error = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    return error;
}

QStringList RawDatabase::column(const QString& sql) {
    QStringList values;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
        return {QStringLiteral("ERROR: ") + QString::fromUtf8(sqlite3_errmsg(m_db))};
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        values << QString::fromUtf8(text ? text : "");
    }
    if (rc != SQLITE_DONE)
        values << QStringLiteral("ERROR: ") + QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_finalize(statement);
    return values;
}

QStringList RawDatabase::rows(const QString& sql) {
    QStringList values;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
        return {QStringLiteral("ERROR: ") + QString::fromUtf8(sqlite3_errmsg(m_db))};
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        QStringList cells;
        for (int c = 0; c < sqlite3_column_count(statement); ++c) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, c));
            cells << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
        }
        values << cells.join(QLatin1Char('|'));
    }
    if (rc != SQLITE_DONE)
        values << QStringLiteral("ERROR: ") + QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_finalize(statement);
    return values;
}

QString RawDatabase::text(const QString& sql) {
    const QStringList values = column(sql);
    return values.isEmpty() ? QString() : values.first();
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString readText(const QString& path) {
    return QString::fromUtf8(readFile(path));
}

QString fixturePath(const QString& name) {
    return QStringLiteral(FOOTCOACH_STORAGE_FIXTURES "/") + name;
}

HoldOutcome sampleHold(const QString& exercise, Side side, int rep, HoldResult result) {
    HoldOutcome outcome;
    outcome.exerciseIndex = 0;
    outcome.exerciseId = exercise;
    outcome.side = side;
    outcome.rep = rep;
    outcome.plannedSeconds = 30;
    outcome.heldMs = result == HoldResult::Completed ? 29'800 : 4'000;
    outcome.result = result;
    return outcome;
}

SessionStart sampleStart(const QDate& date, Slot slot, const QDateTime& atUtc, int offsetSeconds) {
    SessionStart start;
    start.routineId = QStringLiteral("numb-feet-stretches");
    start.routineVersion = 1;
    start.slot = {date, slot};
    start.startedAtUtc = atUtc;
    start.utcOffsetSeconds = offsetSeconds;
    return start;
}

std::optional<QString> ChildLines::next(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
            return std::nullopt;
        m_process.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
    }
    return QString::fromUtf8(m_process.readLine()).trimmed();
}

QStringList ChildLines::rest() {
    QStringList lines;
    const QString all = QString::fromUtf8(m_process.readAllStandardOutput());
    for (const QString& line : all.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << line.trimmed();
    return lines;
}

} // namespace footcoach::test
