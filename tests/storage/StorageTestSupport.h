#pragma once

#include "footcoach/HistoryStore.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;

namespace footcoach::test {

// A raw SQLite handle for inspecting or building history files behind the store's back.
class RawDatabase {
public:
    explicit RawDatabase(const QString& path, bool readOnly = false);
    ~RawDatabase();
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    bool ok() const { return m_db != nullptr; }
    // Runs a whole SQL script; returns the error text, empty on success.
    QString execScript(const QString& sql);
    // First column of the first row as text ("" for none, "ERROR: ..." on failure).
    QString text(const QString& sql);
    QStringList column(const QString& sql);
    // Every row, its columns joined by '|' (NULL as "NULL").
    QStringList rows(const QString& sql);

private:
    sqlite3* m_db = nullptr;
};

QByteArray readFile(const QString& path);
QString readText(const QString& path);
QString fixturePath(const QString& name);

HoldOutcome sampleHold(const QString& exercise, Side side, int rep,
                       HoldResult result = HoldResult::Completed);
SessionStart sampleStart(const QDate& date, Slot slot, const QDateTime& atUtc,
                         int offsetSeconds = 3600);

// Reads a child's output line by line with a deadline, never sleeping.
class ChildLines {
public:
    explicit ChildLines(QProcess& process)
        : m_process(process) {}
    // The next line, or nullopt when the child ended or timeoutMs passed first.
    std::optional<QString> next(int timeoutMs = 20000);
    // Reads everything still buffered or in the pipe after the child has ended.
    QStringList rest();

private:
    QProcess& m_process;
};

} // namespace footcoach::test
