// The physician's report from the inside: the figures it is built from, the paper size by
// locale, and that it is written (one or two pages) with no history, one session, and ten
// generated years. The figures against the CSV are checked by report_test.py.
#include "charts/print/ReportWriter.h"
#include "FakeClock.h"
#include "HistoryGenerator.h"
#include "TestDataDir.h"
#include "charts/print/ReportTableLayout.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/RoutineLoader.h"
#include "footcoach/Words.h"
#include "services/history/ReportBuilder.h"
#include "services/settings/AppSettings.h"
#include "services/settings/PrescriptionRecorder.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QLocale>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace footcoach;
using namespace footcoach::test;

namespace {

const QDateTime kNow(QDate(2026, 1, 14), QTime(12, 0), Qt::UTC);
const LocalMoment kMoment{QDate(2026, 1, 14), Slot::Morning};

int pageCount(const QByteArray& pdf) {
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}

QByteArray write(const ReportData& data, const QPageSize& size = QPageSize(QPageSize::A4)) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_GT(ReportWriter::write(data, buffer, size, QStringLiteral("test")), 0);
    return buffer.data();
}

TEST(ReportWriter, PaperFollowsTheLocale) {
    EXPECT_EQ(ReportWriter::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)).id(),
              QPageSize::Letter);
    EXPECT_EQ(ReportWriter::pageSizeFor(QLocale(QLocale::French, QLocale::Canada)).id(),
              QPageSize::Letter);
    EXPECT_EQ(ReportWriter::pageSizeFor(QLocale(QLocale::German, QLocale::Germany)).id(),
              QPageSize::A4);
    EXPECT_EQ(ReportWriter::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(),
              QPageSize::A4);
    EXPECT_EQ(ReportWriter::pageSizeFor(QLocale::c()).id(), QPageSize::A4);
}

TEST(ReportTableLayout, EveryColumnHoldsItsWidestWordsInAnyLanguage) {
    // The Spanish headers, whose words are longer than the English ones the first fixed
    // widths were made for ("Estiramientos" was cut to "iramientos").
    const QStringList headers = {"Semana",
                                 "Sesiones\nhechas",
                                 "Hechas\nen parte",
                                 "No hechas",
                                 "Adherencia",
                                 "Estiramientos\nmantenidos",
                                 "Entumecimiento\nantes → después"};
    const QList<QStringList> rows = {{"16–22 nov", "11 de 14", "1", "2", "79%", "205", "4,6 → 3,0"},
                                     {"Total", "36 de 44", "3", "5", "82%", "666", "5,2 → 3,8"}};
    for (const qreal width : {500.0, 380.0}) {
        const ReportTableLayout layout = ReportTableLayout::fit(headers, rows, width);
        ASSERT_EQ(layout.widths.size(), headers.size());
        qreal sum = 0;
        const QFontMetricsF bold(ReportTableLayout::font(layout.points, true));
        for (int c = 0; c < int(headers.size()); ++c) {
            sum += layout.widths[c];
            for (const QString& line : headers[c].split('\n')) {
                EXPECT_GE(layout.widths[c] - 6, bold.horizontalAdvance(line))
                    << line.toStdString() << " at " << width;
            }
        }
        EXPECT_NEAR(sum, width, 0.01);
    }
    // A narrow page takes smaller type rather than cutting words.
    EXPECT_LT(ReportTableLayout::fit(headers, rows, 380).points, ReportTableLayout::kMaxPoints);
    EXPECT_EQ(ReportTableLayout::fit(headers, rows, 520).points, ReportTableLayout::kMaxPoints);
}

TEST(ReportBuilder, DefaultRangeIsFourCalendarWeeks) {
    EXPECT_EQ(ReportBuilder::defaultFrom(QDate(2026, 1, 14)), QDate(2025, 12, 22));
    EXPECT_EQ(ReportBuilder::defaultFrom(QDate(2026, 1, 18)), QDate(2025, 12, 22));
}

TEST(ReportBuilder, ProgramInWords) {
    const Routine routine = RoutineLoader::builtIn();
    const Prescription p = Prescription::of(routine, {});
    EXPECT_EQ(Words::prescribedMove(p.moves[0], QStringLiteral("en")),
              QStringLiteral("Calf stretch: 3 times on each leg, hold 20 s (15 s counts as done)"));
}

class ReportTest : public ::testing::Test {
protected:
    TestDataDir m_dir;
    FakeWallClock m_clock{kNow};
    HistoryStore m_store{m_dir.path(), m_clock};
    void SetUp() override { ASSERT_TRUE(m_store.open()); }
};

TEST_F(ReportTest, NoHistoryIsOnePageThatSaysSo) {
    const ReportData data = ReportBuilder::build(m_store, m_store, RoutineLoader::builtIn(),
                                                 kMoment, QDate(2025, 12, 15), QDate(2026, 1, 14));
    EXPECT_TRUE(data.emptyHistory);
    EXPECT_TRUE(data.rows.isEmpty());
    EXPECT_TRUE(data.problems.isEmpty()) << "no slot is missed before the first session";
    EXPECT_EQ(data.programLines.size(), 3);
    const QByteArray pdf = write(data);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pageCount(pdf), 1);
}

TEST_F(ReportTest, OneSessionAndAChangeOfPrescription) {
    const QDate day(2026, 1, 6);
    const auto id = m_store.beginSession({QStringLiteral("numb-feet-stretches"),
                                          1,
                                          {day, Slot::Evening},
                                          QDateTime(day, QTime(19, 0), Qt::UTC),
                                          0,
                                          {}});
    ASSERT_TRUE(id);
    ASSERT_TRUE(m_store.recordHold(
        *id, {0, QStringLiteral("calf-stretch"), Side::Left, 1, 20, 20000, HoldResult::Completed},
        kNow));
    ASSERT_TRUE(m_store.finishSession(*id, SessionStatus::Partial, kNow));
    ASSERT_TRUE(m_store.recordCheckIn({*id, 8, 6, {}}));
    // Where the record starts (no change), a longer hold inside the range, and fewer
    // repetitions after it.
    const Routine builtIn = RoutineLoader::builtIn();
    ProgramOverrides longer;
    longer.holdSeconds = 30;
    ProgramOverrides fewer = longer;
    fewer.reps = 2;
    PrescriptionRecorder recorder(m_store);
    recorder.record(Prescription::of(builtIn, {}), QDate(2025, 6, 1));
    ASSERT_TRUE(
        recorder.record(Prescription::of(longer.appliedTo(builtIn), {}), QDate(2026, 1, 10)));
    ASSERT_TRUE(recorder.record(Prescription::of(fewer.appliedTo(builtIn), {}), QDate(2026, 2, 1)));

    const ReportData data = ReportBuilder::build(m_store, m_store, RoutineLoader::builtIn(),
                                                 kMoment, QDate(2025, 12, 15), QDate(2026, 1, 14));
    EXPECT_EQ(data.countedFrom, day); // the record starts with the first session
    ASSERT_EQ(data.rows.size(), 2);   // 6-11 January, 12-14 January
    EXPECT_EQ(data.rows[0].figures.partial, 1);
    EXPECT_EQ(data.rows[0].figures.missed, 11);
    EXPECT_EQ(data.rows[1].figures.missed, 4);
    EXPECT_EQ(data.rows[1].figures.upcoming, 2);
    EXPECT_EQ(data.total.holdsDone, 1);
    EXPECT_EQ(data.total.beforeTenths(), 80);
    EXPECT_EQ(data.total.percent(), 0);
    ASSERT_EQ(data.changeLines.size(), 1) << "only the change inside the range";
    EXPECT_EQ(data.changeLines[0], QStringLiteral("From 10 January 2026: hold 30 s (was 20 s)"));
    // The program at the end of the range: the longer hold, not yet the fewer repetitions.
    ASSERT_EQ(data.programLines.size(), 3);
    EXPECT_EQ(data.programLines[0],
              QStringLiteral("Calf stretch: 3 times on each leg, hold 30 s (15 s counts as done)"));
    EXPECT_EQ(data.problems.size(), 16);
    EXPECT_EQ(data.gridDays.size(), 9);
    const QByteArray pdf = write(data, QPageSize(QPageSize::Letter));
    EXPECT_EQ(pageCount(pdf), 2);
    EXPECT_TRUE(pdf.contains("/MediaBox [0 0 612.000000 792.000000]")) << "Letter";
}

TEST_F(ReportTest, TenYearsStayOnTwoPages) {
    m_store.close();
    ASSERT_GT(bench::HistoryGenerator::fill(m_store.databasePath(), kNow.date(), 10).sessions,
              7000);
    ASSERT_GT(bench::HistoryGenerator::addCheckIns(m_store.databasePath()), 6000);
    ASSERT_TRUE(m_store.open());
    const Routine routine = RoutineLoader::builtIn();
    for (const auto& [from, rowHeading] :
         {std::pair{ReportBuilder::defaultFrom(kMoment.date), QStringLiteral("Week")},
          std::pair{kMoment.date.addYears(-1), QStringLiteral("Month")},
          std::pair{kMoment.date.addYears(-10), QStringLiteral("Year")}}) {
        QElapsedTimer timer;
        timer.start();
        const ReportData data =
            ReportBuilder::build(m_store, m_store, routine, kMoment, from, kMoment.date);
        const QByteArray pdf = write(data);
        std::printf("report from %s: %d rows, %lld problems, %.0f ms\n",
                    qPrintable(from.toString(Qt::ISODate)), int(data.rows.size()),
                    qlonglong(data.problems.size()), double(timer.nsecsElapsed()) / 1e6);
        EXPECT_EQ(data.rowHeading, rowHeading);
        EXPECT_LE(data.rows.size(), 16);
        EXPECT_EQ(pageCount(pdf), 2) << qPrintable(from.toString(Qt::ISODate));
        int done = 0;
        for (const ReportRow& row : data.rows)
            done += row.figures.done;
        EXPECT_EQ(done, data.total.done);
        EXPECT_GT(data.total.percent().value_or(0), 80);
    }
}

} // namespace
