#include "CsvWriter.h"
#include "FakeClock.h"
#include "StorageTestSupport.h"
#include "TestDataDir.h"

#include "footcoach/HistoryStore.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace footcoach;
using namespace footcoach::test;

namespace {

// A strict RFC 4180 reader, so the tests check what a spreadsheet would see.
QList<QStringList> parseCsv(const QByteArray& bytes) {
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            EXPECT_TRUE(cell.isEmpty()) << "a quote inside an unquoted cell";
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << std::exchange(cell, {});
        } else if (c == QLatin1Char('\r')) {
            EXPECT_TRUE(i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) << "bare CR";
            row << std::exchange(cell, {});
            rows << std::exchange(row, {});
            ++i;
        } else {
            EXPECT_NE(c, QLatin1Char('\n')) << "bare LF outside quotes";
            cell += c;
        }
    }
    EXPECT_FALSE(quoted);
    EXPECT_TRUE(cell.isEmpty() && row.isEmpty()) << "the last row must end with CRLF";
    return rows;
}

class CsvExportTest : public ::testing::Test {
protected:
    TestDataDir m_dir;
    FakeWallClock m_clock{QDateTime(QDate(2026, 1, 5), QTime(6, 30), Qt::UTC)};
    HistoryStore m_store{m_dir.path(), m_clock};

    void SetUp() override { ASSERT_TRUE(m_store.open()) << m_store.lastError().toStdString(); }

    QByteArray exported(CsvTable table) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        EXPECT_TRUE(m_store.exportCsv(buffer, table)) << m_store.lastError().toStdString();
        return buffer.data();
    }
};

TEST_F(CsvExportTest, HoldsHaveTheDocumentedHeaderAndOneRowPerHold) {
    const auto session =
        m_store.beginSession(sampleStart(QDate(2026, 1, 5), Slot::Morning, m_clock.nowUtc(), 3600));
    ASSERT_TRUE(session);
    HoldOutcome first = sampleHold(QStringLiteral("calf-stretch"), Side::Left, 1);
    first.heldMs = 29'840;
    ASSERT_TRUE(m_store.recordHold(*session, first, m_clock.nowUtc()));
    m_clock.advance(std::chrono::seconds(35));
    ASSERT_TRUE(m_store.recordHold(
        *session, sampleHold(QStringLiteral("calf-stretch"), Side::Right, 1, HoldResult::Skipped),
        m_clock.nowUtc()));
    const auto evening = m_store.beginSession(
        sampleStart(QDate(2026, 1, 5), Slot::Evening,
                    QDateTime(QDate(2026, 1, 5), QTime(21, 15), Qt::UTC), -5 * 3600 - 1800));
    ASSERT_TRUE(evening);
    ASSERT_TRUE(m_store.recordHold(*evening, sampleHold(QStringLiteral("toe-curls"), Side::Both, 2),
                                   m_clock.nowUtc()));

    const QByteArray bytes = exported(CsvTable::Holds);
    EXPECT_TRUE(bytes.startsWith("local_date,slot,session_started_at,routine_id,exercise_id,side,"
                                 "rep,planned_hold_s,held_s,status\r\n"));
    const auto rows = parseCsv(bytes);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[1], (QStringList{"2026-01-05", "morning", "2026-01-05T07:30:00+01:00",
                                    "numb-feet-stretches", "calf-stretch", "left", "1", "30",
                                    "29.8", "done"}));
    EXPECT_EQ(rows[2][5], QStringLiteral("right"));
    EXPECT_EQ(rows[2][9], QStringLiteral("skipped"));
    EXPECT_EQ(rows[3],
              (QStringList{"2026-01-05", "evening", "2026-01-05T15:45:00-05:30",
                           "numb-feet-stretches", "toe-curls", "both", "2", "30", "29.8", "done"}));
}

TEST_F(CsvExportTest, HostileNotesStayTextAndKeepTheirShape) {
    const QStringList notes = {
        QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
        QStringLiteral("+1+1"),
        QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1:A9)"),
        QStringLiteral("\tindented"),
        QStringLiteral("line one\r\nline two, \"quoted\""),
        QStringLiteral("pieds engourdis · 足 · ✓"),
    };
    for (const QString& note : notes) {
        const auto session =
            m_store.beginSession(sampleStart(QDate(2026, 1, 5), Slot::Morning, m_clock.nowUtc()));
        ASSERT_TRUE(session);
        ASSERT_TRUE(m_store.recordCheckIn({*session, 6, 3, note}));
        m_clock.advance(std::chrono::minutes(1));
    }
    const auto bare =
        m_store.beginSession(sampleStart(QDate(2026, 1, 6), Slot::Evening, m_clock.nowUtc()));
    ASSERT_TRUE(m_store.recordCheckIn({*bare, std::nullopt, 2, {}}));
    ASSERT_TRUE(m_store.finishSession(*bare, SessionStatus::Complete, m_clock.nowUtc()));

    const auto rows = parseCsv(exported(CsvTable::CheckIns));
    ASSERT_EQ(rows.size(), notes.size() + 2);
    EXPECT_EQ(rows[0],
              (QStringList{"local_date", "slot", "session_started_at", "routine_id",
                           "session_status", "numbness_before", "numbness_after", "note"}));
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QString cell = rows[i + 1][7];
        const bool formulaLike = QStringLiteral("=+-@\t").contains(notes[i].front());
        EXPECT_EQ(cell, formulaLike ? QLatin1Char('\'') + notes[i] : notes[i]);
        EXPECT_EQ(rows[i + 1][5], QStringLiteral("6"));
    }
    EXPECT_EQ(rows.last(), (QStringList{"2026-01-06", "evening", rows.last()[2],
                                        "numb-feet-stretches", "complete", "", "2", ""}));
}

TEST_F(CsvExportTest, AnExtraSessionIsRecordedAsExtraAndCountsForNoSlot) {
    const QDate day(2026, 1, 5);
    const auto morning = m_store.beginSession(sampleStart(day, Slot::Morning, m_clock.nowUtc()));
    ASSERT_TRUE(morning);
    SessionStart start = sampleStart(day, Slot::Morning, m_clock.nowUtc().addSecs(7200));
    start.extra = true;
    const auto extra = m_store.beginSession(start);
    ASSERT_TRUE(extra);
    ASSERT_TRUE(m_store.recordHold(
        *extra, sampleHold(QStringLiteral("calf-stretch"), Side::Left, 1), m_clock.nowUtc()));
    ASSERT_TRUE(m_store.recordCheckIn({*extra, 4, 3, {}}));
    ASSERT_TRUE(m_store.finishSession(*extra, SessionStatus::Complete, m_clock.nowUtc()));

    // Adherence and reminders see only the morning session.
    const QList<SessionRecord> records = m_store.sessionRecords(day, day);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].status, SessionStatus::Abandoned);
    // The History screen and the report see both, the second one marked extra.
    const QList<SessionSummary> summaries = m_store.sessionSummaries(day, day);
    ASSERT_EQ(summaries.size(), 2);
    EXPECT_FALSE(summaries[0].extra);
    EXPECT_TRUE(summaries[1].extra);
    EXPECT_EQ(summaries[1].status, SessionStatus::Complete);
    // The export keeps its header and says `extra` in the slot column.
    const auto holds = parseCsv(exported(CsvTable::Holds));
    ASSERT_EQ(holds.size(), 2);
    EXPECT_EQ(holds[0][1], QStringLiteral("slot"));
    EXPECT_EQ(holds[1][1], QStringLiteral("extra"));
    const auto checkIns = parseCsv(exported(CsvTable::CheckIns));
    ASSERT_EQ(checkIns.size(), 2);
    EXPECT_EQ(checkIns[1][1], QStringLiteral("extra"));
}

TEST(CsvWriterTest, QuotesOnlyWhatNeedsIt) {
    EXPECT_EQ(CsvWriter::quote(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(CsvWriter::quote(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvWriter::quote(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("=1")), QStringLiteral("'=1"));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("2026-01-05")), QStringLiteral("2026-01-05"));
}

} // namespace
