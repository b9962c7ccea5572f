#include "HistoryGenerator.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <cstdio>

namespace footcoach::bench {

namespace {

// Nine moves, two sides, one rep each: 18 holds a session, close to the real routine.
const QStringList kExercises = {
    QStringLiteral("calf-stretch-wall"),   QStringLiteral("seated-hamstring"),
    QStringLiteral("ankle-circles"),       QStringLiteral("toe-curls-towel"),
    QStringLiteral("plantar-fascia-roll"), QStringLiteral("heel-raises"),
    QStringLiteral("toe-spread"),          QStringLiteral("nerve-glide-sciatic"),
    QStringLiteral("marble-pickup")};

} // namespace

GeneratedHistory HistoryGenerator::fill(const QString& databasePath, const QDate& lastDay,
                                        int years, quint32 seed) {
    GeneratedHistory made;
    QRandomGenerator random(seed);
    const QString name = QStringLiteral("footcoach-bench-generator");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (!db.open()) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(databasePath));
            return made;
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        db.transaction();
        QSqlQuery session(db);
        session.prepare(QStringLiteral(
            "INSERT INTO sessions(routine_id, routine_version, local_date, slot, started_at_ms,"
            " utc_offset_s, ended_at_ms, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery hold(db);
        hold.prepare(QStringLiteral(
            "INSERT INTO holds(session_id, exercise_id, side, rep, exercise_index, planned_s,"
            " held_ms, result, at_ms) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)"));
        // What each session asked for (format 3): every move on both legs, once.
        QSqlQuery plan(db);
        plan.prepare(QStringLiteral(
            "INSERT INTO session_plans(session_id, exercise_id, exercise_index, sides, reps,"
            " planned_s) VALUES (?, ?, ?, 2, 1, ?)"));
        const QDate first = lastDay.addYears(-years);
        for (QDate day = first; day < lastDay; day = day.addDays(1)) {
            for (int slot = 0; slot < 2; ++slot) {
                if (random.bounded(100) < 3) { // about 3% of slots are missed
                    ++made.missed;
                    continue;
                }
                const bool partial = random.bounded(100) < 4;
                const QDateTime start(day, QTime(slot == 0 ? 7 : 20, int(random.bounded(50))),
                                      Qt::UTC);
                const int plannedSeconds = day < first.addYears(years / 2) ? 30 : 45;
                const int holdCount = partial ? int(random.bounded(2, 12)) : 18;
                const qint64 startMs = start.toMSecsSinceEpoch();
                const qint64 endMs = startMs + qint64(holdCount) * (plannedSeconds + 10) * 1000;
                session.addBindValue(QStringLiteral("numb-feet-stretches"));
                session.addBindValue(plannedSeconds == 30 ? 1 : 2);
                session.addBindValue(day.toString(Qt::ISODate));
                session.addBindValue(slot == 0 ? QStringLiteral("morning")
                                               : QStringLiteral("evening"));
                session.addBindValue(startMs);
                session.addBindValue(3600);
                session.addBindValue(endMs);
                session.addBindValue(partial ? QStringLiteral("partial")
                                             : QStringLiteral("complete"));
                if (!session.exec()) {
                    std::fprintf(stderr, "%s\n", qPrintable(session.lastError().text()));
                    return made;
                }
                const qint64 sessionId = session.lastInsertId().toLongLong();
                ++made.sessions;
                made.partial += partial ? 1 : 0;
                for (int e = 0; e < int(kExercises.size()); ++e) {
                    plan.addBindValue(sessionId);
                    plan.addBindValue(kExercises[e]);
                    plan.addBindValue(e);
                    plan.addBindValue(plannedSeconds);
                    if (!plan.exec()) {
                        std::fprintf(stderr, "%s\n", qPrintable(plan.lastError().text()));
                        return made;
                    }
                }
                for (int i = 0; i < holdCount; ++i) {
                    const bool skipped = random.bounded(100) < 2;
                    hold.addBindValue(sessionId);
                    hold.addBindValue(kExercises[i / 2]);
                    hold.addBindValue(i % 2 == 0 ? QStringLiteral("left")
                                                 : QStringLiteral("right"));
                    hold.addBindValue(i / 2);
                    hold.addBindValue(plannedSeconds);
                    hold.addBindValue(skipped ? int(random.bounded(1000, 8000))
                                              : plannedSeconds * 1000 - int(random.bounded(400)));
                    hold.addBindValue(skipped ? QStringLiteral("skipped") : QStringLiteral("done"));
                    hold.addBindValue(startMs + qint64(i) * (plannedSeconds + 10) * 1000);
                    if (!hold.exec()) {
                        std::fprintf(stderr, "%s\n", qPrintable(hold.lastError().text()));
                        return made;
                    }
                    ++made.holds;
                }
            }
        }
        db.commit();
        // Leave the file as a long-running install would: the log folded into the main file.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        session.finish();
        hold.finish();
        plan.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return made;
}

int HistoryGenerator::addCheckIns(const QString& databasePath, quint32 seed) {
    QRandomGenerator random(seed ^ 0x5eedu);
    int written = 0;
    const QString name = QStringLiteral("footcoach-bench-checkins");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (!db.open()) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(databasePath));
            return 0;
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        db.transaction();
        QList<qint64> ids;
        {
            QSqlQuery sessions(db);
            sessions.exec(QStringLiteral("SELECT id FROM sessions ORDER BY started_at_ms"));
            while (sessions.next())
                ids.append(sessions.value(0).toLongLong());
        }
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO checkins(session_id, numbness_before, numbness_after, note,"
            " recorded_at_ms) SELECT id, ?, ?, '', ended_at_ms FROM sessions WHERE id = ?"));
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (random.bounded(10) == 0)
                continue;
            // From about 7 at the start to about 4 at the end, a point or two better after.
            const int base = 7 - int(3 * i / std::max<qsizetype>(1, ids.size()));
            const int before = std::clamp(base + int(random.bounded(3)) - 1, 0, 10);
            const int after = std::clamp(before - int(random.bounded(3)), 0, 10);
            insert.addBindValue(before);
            insert.addBindValue(after);
            insert.addBindValue(ids[i]);
            if (!insert.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(insert.lastError().text()));
                return written;
            }
            ++written;
        }
        db.commit();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        insert.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return written;
}

} // namespace footcoach::bench
