// The History screen: the empty state, one session, ten generated years (week switching), the
// keyboard, and that MainWindow builds it only when it is first opened.
#include "charts/history/ChartsHistoryScreen.h"
#include "FakeClock.h"
#include "HistoryGenerator.h"
#include "Prerequisite.h"
#include "TestDataDir.h"
#include "charts/ChartsPlugin.h"
#include "charts/history/NumbnessChart.h"
#include "charts/history/SlotGridChart.h"
#include "charts/history/WeeklyPercentChart.h"
#include "charts/print/ReportWriter.h"
#include "footcoach/DateText.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/Prescription.h"
#include "footcoach/RoutineLoader.h"
#include "services/history/ReportBuilder.h"
#include "services/session/CuePlayer.h"
#include "services/settings/AppSettings.h"
#include "services/settings/Localization.h"
#include "services/settings/PrescriptionRecorder.h"
#include "ui/common/Illustrations.h"
#include "ui/home/HomeView.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <gtest/gtest.h>

#include <functional>

using namespace footcoach;
using namespace footcoach::test;

namespace {

// Wednesday 14 January 2026, 12:00 UTC: the morning slot is open (tests run in UTC).
const QDateTime kNow(QDate(2026, 1, 14), QTime(12, 0), Qt::UTC);

class ChartsHistoryScreenTest : public ::testing::Test {
protected:
    TestDataDir m_dir;
    FakeWallClock m_clock{kNow};
    FakeTimeZone m_zone;
    HistoryStore m_store{m_dir.path(), m_clock};
    AppSettings m_settings{m_dir.file(QStringLiteral("settings.ini"))};

    void SetUp() override { ASSERT_TRUE(m_store.open()); }

    // A complete session with no holds, started at 08:00 (morning) or 20:00 (evening) UTC.
    void addCompleteSession(const QDate& date, Slot slot) {
        const QTime start(slot == Slot::Morning ? 8 : 20, 0);
        const auto id = m_store.beginSession({QStringLiteral("numb-feet-stretches"),
                                              1,
                                              {date, slot},
                                              QDateTime(date, start, Qt::UTC),
                                              0,
                                              {}});
        ASSERT_TRUE(id);
        ASSERT_TRUE(m_store.finishSession(*id, SessionStatus::Complete, kNow));
    }

    std::unique_ptr<ChartsHistoryScreen> makeView() {
        auto view = std::make_unique<ChartsHistoryScreen>(m_store, m_clock, m_zone, m_settings,
                                                          RoutineLoader::builtIn());
        view->resize(1100, 900);
        view->refresh();
        return view;
    }
};

TEST_F(ChartsHistoryScreenTest, ANewUserSeesAnInvitationNotAnEmptyChart) {
    const auto view = makeView();
    EXPECT_TRUE(view->isEmptyHistory());
    const auto* pages = view->findChild<QStackedWidget*>();
    ASSERT_NE(pages, nullptr);
    EXPECT_EQ(pages->currentIndex(), 0);
    bool invites = false;
    for (const QLabel* label : pages->currentWidget()->findChildren<QLabel*>())
        invites = invites || label->text().contains(QStringLiteral("first session"));
    EXPECT_TRUE(invites);
    QSignalSpy back(view.get(), &ChartsHistoryScreen::backRequested);
    const auto buttons = pages->currentWidget()->findChildren<QPushButton*>();
    ASSERT_FALSE(buttons.isEmpty());
    buttons.first()->click();
    EXPECT_EQ(back.count(), 1);
}

TEST_F(ChartsHistoryScreenTest, OneSessionShowsInTheWeekAndTheTable) {
    const QDate monday(2026, 1, 12);
    const auto id =
        m_store.beginSession({QStringLiteral("numb-feet-stretches"),
                              1,
                              {monday, Slot::Morning},
                              QDateTime(monday, QTime(8, 0), Qt::UTC),
                              0,
                              PrescriptionRecorder::plannedMoves(RoutineLoader::builtIn())});
    ASSERT_TRUE(id);
    for (int rep = 1; rep <= 3; ++rep) {
        for (const Side side : {Side::Left, Side::Right})
            ASSERT_TRUE(m_store.recordHold(
                *id,
                {0, QStringLiteral("calf-stretch"), side, rep, 20, 20000, HoldResult::Completed},
                kNow));
    }
    ASSERT_TRUE(m_store.finishSession(*id, SessionStatus::Complete, kNow));
    ASSERT_TRUE(m_store.recordCheckIn({*id, 6, 4, {}}));

    const auto view = makeView();
    EXPECT_FALSE(view->isEmptyHistory());
    EXPECT_EQ(view->shownWeek(), monday);
    // Scored as the report scores it: of the four slots that have passed, not of 14.
    EXPECT_EQ(view->weekSummary()->text(),
              QStringLiteral("So far this week: 1 of 4 sessions done (25%) (10 still to come "
                             "this week)"));
    // Monday evening and Tuesday are missed; Wednesday's morning is open, so not yet.
    EXPECT_TRUE(
        view->weekChart()->summary().contains(QStringLiteral("1 done, 3 missed, 10 not yet")))
        << view->weekChart()->summary().toStdString();
    const QTableWidget* table = view->sessionTable();
    // The session, then the three slots missed since, each a row of its own.
    ASSERT_EQ(table->rowCount(), 4);
    for (int row = 1; row < 4; ++row) {
        EXPECT_EQ(table->item(row, 3)->text(), QStringLiteral("Missed"));
        EXPECT_EQ(table->item(row, 2), nullptr) << "a missed slot has no start time";
    }
    EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("Evening"));
    EXPECT_EQ(table->item(2, 0)->text(), DateText::weekdayDayMonth(monday.addDays(1)));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("Morning"));
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("Done"));
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("6 of 6")); // calf stretch
    EXPECT_EQ(table->item(0, 5)->text(), QStringLiteral("0 of 6")); // hamstring: not done
    EXPECT_EQ(table->item(0, 7)->text(), QStringLiteral("6 → 4"));
    // Nothing before the first week, nothing after this one.
    EXPECT_FALSE(view->previousButton()->isEnabled());
    EXPECT_FALSE(view->nextButton()->isEnabled());
    EXPECT_TRUE(view->numbnessChart()->summary().contains(QStringLiteral("6.0 before")));
}

TEST_F(ChartsHistoryScreenTest, DaysBeforeTheFirstSessionAreMarkedAsSuch) {
    // The first session is this Wednesday morning: Monday and Tuesday were before the record.
    addCompleteSession(kNow.date(), Slot::Morning);
    const auto view = makeView();
    EXPECT_EQ(view->weekChart()->summary(),
              QStringLiteral("Sessions: 1 done, 9 not yet due, 4 before your first session."));
    bool legendShown = false;
    for (const QLabel* label : view->findChildren<QLabel*>())
        legendShown =
            legendShown || (label->text() == QStringLiteral("Before your first session") &&
                            label->isVisibleTo(view.get()));
    EXPECT_TRUE(legendShown);
    // The trend holds this week alone.
    // The running week, scored on its one passed slot since the record began, so far.
    EXPECT_EQ(view->percentChart()->summary(),
              QStringLiteral("Sessions done so far this week, the week of 12 January: 100%."));
    EXPECT_EQ(view->percentChart()->shownDates(), QStringList{QStringLiteral("so far")});
    // (The singular "session" comes with the English translation, not installed here.)
    EXPECT_TRUE(view->weekSummary()->text().startsWith(QStringLiteral("So far this week: 1 of 1 ")))
        << view->weekSummary()->text().toStdString();
    EXPECT_TRUE(view->weekSummary()->text().contains(QStringLiteral("(100%)")));
}

TEST_F(ChartsHistoryScreenTest, PageDownScrollsToWhatIsBelow) {
    const QDate monday(2026, 1, 12);
    addCompleteSession(monday, Slot::Morning);
    const auto view = makeView();
    view->resize(900, 500); // less than the screen's content: it scrolls
    view->show();
    QApplication::setActiveWindow(view.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(view.get()));
    view->setFocus();
    auto* scroll = view->findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    ASSERT_GT(scroll->verticalScrollBar()->maximum(), 0);
    EXPECT_EQ(scroll->verticalScrollBar()->value(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
    EXPECT_GT(scroll->verticalScrollBar()->value(), 0);
    // The week shortcuts still work from there.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(view->shownWeek(), monday); // the first week: nothing before it
}

TEST_F(ChartsHistoryScreenTest, ANarrowTableScrollsSidewaysAndStillShowsEveryRow) {
    const QDate monday(2026, 1, 12);
    addCompleteSession(monday, Slot::Morning);
    addCompleteSession(monday, Slot::Evening);
    const auto view = makeView();
    view->resize(480, 700);
    view->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
    const QTableWidget* table = view->sessionTable();
    ASSERT_EQ(table->rowCount(), 4); // Monday's two sessions, Tuesday's two missed slots
    ASSERT_GT(table->horizontalHeader()->length(), table->viewport()->width());
    // Long move names take two lines in the header.
    EXPECT_TRUE(table->horizontalHeaderItem(5)->text().contains(QLatin1Char('\n')));
    const QRect last = table->visualItemRect(table->item(3, 0));
    EXPECT_LE(last.bottom(), table->viewport()->rect().bottom())
        << "table " << table->height() << " header " << table->horizontalHeader()->height()
        << " rows " << table->rowHeight(0) << "+" << table->rowHeight(1) << " bar "
        << table->horizontalScrollBar()->height() << " viewport " << table->viewport()->height();
}

TEST_F(ChartsHistoryScreenTest, TenYearsSwitchWeeksByKeyboard) {
    m_store.close();
    const auto made = bench::HistoryGenerator::fill(m_store.databasePath(), kNow.date(), 10);
    ASSERT_GT(made.sessions, 7000);
    ASSERT_GT(bench::HistoryGenerator::addCheckIns(m_store.databasePath()), 6000);
    ASSERT_TRUE(m_store.open());

    const auto view = makeView();
    view->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
    const QDate thisWeek(2026, 1, 12);
    EXPECT_EQ(view->shownWeek(), thisWeek);
    EXPECT_TRUE(view->previousButton()->isEnabled());
    EXPECT_FALSE(view->nextButton()->isEnabled());

    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= 20; ++i) {
        QTest::keyClick(view.get(), Qt::Key_Left, Qt::AltModifier);
        ASSERT_EQ(view->shownWeek(), thisWeek.addDays(-7 * i));
    }
    // Printed, never asserted: timings belong to the benchmark.
    std::printf("20 week switches over ten years: %.1f ms each\n",
                double(timer.nsecsElapsed()) / 1e6 / 20);
    // The routine's three moves, then the moves of the generated history it does not know.
    EXPECT_GT(view->sessionTable()->columnCount(), 4 + 3 + 1);
    QTest::keyClick(view.get(), Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(view->shownWeek(), thisWeek.addDays(-7 * 19));
    QTest::keyClick(view.get(), Qt::Key_Home, Qt::AltModifier);
    EXPECT_EQ(view->shownWeek(), thisWeek);
    // The first generated week: ten years back.
    view->showWeek(QDate(2000, 1, 1));
    EXPECT_EQ(view->shownWeek(), Adherence::weekStartOf(kNow.date().addYears(-10)));
    EXPECT_FALSE(view->previousButton()->isEnabled());
    // The trend beside the first week holds that week alone: none before the record began.
    EXPECT_EQ(view->percentChart()->summary().count(QLatin1Char('%')), 1);
    QTest::keyClick(view.get(), Qt::Key_Home, Qt::AltModifier);
    EXPECT_EQ(view->percentChart()->summary().count(QLatin1Char('%')), 12);
}

// A main window over a fresh history, with the charts module given by the test.
struct HistoryWindow {
    explicit HistoryWindow(std::function<ChartsModule*(QString*)> charts)
        : window({settings, store, store, store, true, cues, nullptr, illustrations, clock, wall,
                  zone, std::move(charts)},
                 SessionPlan(RoutineLoader::builtIn())) {}

    TestDataDir dir;
    FakeWallClock wall{kNow};
    FakeMonotonicClock clock;
    FakeTimeZone zone;
    HistoryStore store{dir.path(), wall};
    bool opened = store.open();
    AppSettings settings{dir.file(QStringLiteral("settings.ini"))};
    SilentCuePlayer cues;
    Illustrations illustrations;
    MainWindow window;
};

TEST(MainWindowHistory, TheHistoryScreenIsBuiltOnFirstUse) {
    ChartsPlugin charts;
    HistoryWindow f([&charts](QString*) -> ChartsModule* { return &charts; });
    ASSERT_TRUE(f.opened);
    MainWindow& window = f.window;
    EXPECT_EQ(window.historyView(), nullptr);
    EXPECT_EQ(window.findChildren<SummarizedChart*>().size(), 0);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* historyButton = window.findChild<QPushButton*>(QStringLiteral("historyButton"));
    ASSERT_NE(historyButton, nullptr);
    historyButton->click();
    ASSERT_NE(window.historyView(), nullptr);
    EXPECT_TRUE(window.historyView()->isVisible());
    QTest::keyClick(window.historyView(), Qt::Key_Escape);
    EXPECT_FALSE(window.historyView()->isVisible());
    EXPECT_TRUE(window.homeView()->isVisible());
}

TEST(MainWindowHistory, AMissingChartsModuleIsReportedAndTheHomeScreenStays) {
    HistoryWindow f([](QString* error) -> ChartsModule* {
        *error = QStringLiteral("module not found in /nowhere");
        return nullptr;
    });
    ASSERT_TRUE(f.opened);
    MainWindow& window = f.window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QString shown;
    // The warning is modal: read and close it from the event loop it runs.
    QTimer::singleShot(0, [&shown] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    window.showHistory();
    EXPECT_EQ(shown, QStringLiteral("module not found in /nowhere"));
    EXPECT_EQ(window.historyView(), nullptr);
    EXPECT_TRUE(window.homeView()->isVisible());
}

} // namespace

namespace {

QStringList labelTexts(const QWidget& view) {
    QStringList texts;
    for (const QLabel* label : view.findChildren<QLabel*>())
        texts.append(label->text());
    return texts;
}

} // namespace

// The table's heading says which week it lists: this one, or a past one by its date.
TEST_F(ChartsHistoryScreenTest, TheSessionsHeadingNamesTheWeekShown) {
    addCompleteSession(QDate(2026, 1, 6), Slot::Morning);  // the week before
    addCompleteSession(QDate(2026, 1, 13), Slot::Morning); // this week
    const auto view = makeView();
    QStringList texts = labelTexts(*view);
    EXPECT_TRUE(texts.contains(QStringLiteral("This week's sessions")))
        << texts.join('|').toStdString();
    EXPECT_FALSE(texts.join('\n').contains(QStringLiteral("Sessions in the week of")));

    view->showWeek(QDate(2026, 1, 6));
    texts = labelTexts(*view);
    const QString past =
        QStringLiteral("Sessions in the week of %1").arg(DateText::longDate(QDate(2026, 1, 5)));
    EXPECT_TRUE(texts.contains(past)) << texts.join('|').toStdString();
    EXPECT_FALSE(texts.contains(QStringLiteral("This week's sessions")));
    EXPECT_FALSE(texts.contains(QStringLiteral("Sessions this week")));
    EXPECT_EQ(view->sessionTable()->accessibleName(), past);

    view->showWeek(kNow.date());
    EXPECT_TRUE(labelTexts(*view).contains(QStringLiteral("This week's sessions")));
}

namespace {

// One interface language for one test (English with its singulars), then none again.
class InLanguage {
public:
    explicit InLanguage(const QString& language) {
        removeAll();
        Localization::install(*qApp, language);
    }
    ~InLanguage() {
        removeAll();
        QLocale::setDefault(QLocale::c());
    }

private:
    static void removeAll() {
        for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
};

PeriodFigures checkIns(int count) {
    PeriodFigures f;
    f.beforeCount = count;
    f.beforeSum = 5 * count;
    f.afterCount = count;
    f.afterSum = 3 * count;
    return f;
}

} // namespace

// The report's key figures count the check-ins: "1 check-in", "2 check-ins".
TEST(ReportWriterWords, CheckInsAreCountedInTheSingularAndThePlural) {
    const struct {
        const char* language;
        const char* one;
        const char* two;
    } cases[] = {
        {"en", "(1 check-in).", "(2 check-ins)."},
        {"de", "(1 Angabe).", "(2 Angaben)."},
        {"es", "(1 registro).", "(2 registros)."},
    };
    for (const auto& c : cases) {
        const InLanguage in(c.language);
        const QString one = ReportWriter::numbnessLine(checkIns(1));
        const QString two = ReportWriter::numbnessLine(checkIns(2));
        EXPECT_TRUE(one.endsWith(QString::fromUtf8(c.one)))
            << c.language << ": " << one.toStdString();
        EXPECT_TRUE(two.endsWith(QString::fromUtf8(c.two)))
            << c.language << ": " << two.toStdString();
    }
}

namespace {

// A hand-worked history: 3 repetitions on each leg until Sunday 11 January 2026, then 2.
//   Mon 5 Jan morning: complete, every hold (18 of 18).
//   Tue 6 Jan morning: stopped after the calf stretch (6 of 18).
//   Mon 12 Jan morning: complete, every hold (12 of 12).
//   Tue 13 Jan evening: stopped after the calf stretch (4 of 12).
class PrescriptionChangeTest : public ChartsHistoryScreenTest {
protected:
    Routine m_three = RoutineLoader::builtIn();
    Routine m_two = twoReps();

    static Routine twoReps() {
        ProgramOverrides program;
        program.reps = 2;
        return program.appliedTo(RoutineLoader::builtIn());
    }

    void addSession(const Routine& routine, const QDate& date, Slot slot, int movesDone) {
        const QDateTime start(date, QTime(slot == Slot::Morning ? 8 : 20, 0), Qt::UTC);
        const auto id = m_store.beginSession({routine.id,
                                              routine.version,
                                              {date, slot},
                                              start,
                                              0,
                                              PrescriptionRecorder::plannedMoves(routine)});
        ASSERT_TRUE(id);
        for (int m = 0; m < movesDone; ++m) {
            const Exercise& e = routine.exercises[m];
            for (const Side side : e.sides) {
                for (int rep = 1; rep <= e.reps; ++rep)
                    ASSERT_TRUE(m_store.recordHold(
                        *id, {m, e.id, side, rep, e.holdSeconds, 20000, HoldResult::Completed},
                        start));
            }
        }
        ASSERT_TRUE(m_store.finishSession(
            *id, movesDone == 3 ? SessionStatus::Complete : SessionStatus::Partial, start));
    }

    void SetUp() override {
        ChartsHistoryScreenTest::SetUp();
        PrescriptionRecorder recorder(m_store);
        recorder.record(Prescription::of(m_three, {}), QDate(2026, 1, 5));
        addSession(m_three, QDate(2026, 1, 5), Slot::Morning, 3);
        addSession(m_three, QDate(2026, 1, 6), Slot::Morning, 1);
        ASSERT_TRUE(recorder.record(Prescription::of(m_two, {}), QDate(2026, 1, 12)));
        addSession(m_two, QDate(2026, 1, 12), Slot::Morning, 3);
        addSession(m_two, QDate(2026, 1, 13), Slot::Evening, 1);
    }

    std::unique_ptr<ChartsHistoryScreen> makeView() {
        auto view =
            std::make_unique<ChartsHistoryScreen>(m_store, m_clock, m_zone, m_settings, m_two);
        view->resize(1100, 900);
        view->refresh();
        return view;
    }

    static QStringList row(const QTableWidget* table, int r) {
        QStringList cells;
        for (int c = 4; c < 7; ++c)
            cells << table->item(r, c)->text();
        return cells;
    }

    ReportData report() const {
        return ReportBuilder::build(m_store, m_store, m_two, {kNow.date(), Slot::Morning},
                                    QDate(2026, 1, 5), kNow.date());
    }
};

TEST_F(PrescriptionChangeTest, EachSessionIsCountedAgainstTheProgramOfItsDay) {
    const auto view = makeView();
    const QTableWidget* table = view->sessionTable();
    // This week: Monday morning, Monday evening missed, Tuesday morning missed, Tuesday evening.
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(row(table, 0), (QStringList{"4 of 4", "4 of 4", "4 of 4"}));
    EXPECT_EQ(row(table, 3), (QStringList{"4 of 4", "0 of 4", "0 of 4"}));

    view->showPreviousWeek();
    // Before the change, 3 on each leg: "6 of 6", not "6 of 4".
    EXPECT_EQ(table->item(0, 0)->text(), DateText::weekdayDayMonth(QDate(2026, 1, 5)));
    EXPECT_EQ(row(table, 0), (QStringList{"6 of 6", "6 of 6", "6 of 6"}));
    EXPECT_EQ(table->item(1, 0)->text(), DateText::weekdayDayMonth(QDate(2026, 1, 5)));
    EXPECT_EQ(table->item(1, 3)->text(), QStringLiteral("Missed"));
    EXPECT_EQ(table->item(2, 0)->text(), DateText::weekdayDayMonth(QDate(2026, 1, 6)));
    EXPECT_EQ(row(table, 2), (QStringList{"6 of 6", "0 of 6", "0 of 6"}));
    // 2 sessions kept, the other 12 slots of the week missed.
    EXPECT_EQ(table->rowCount(), 14);
}

TEST_F(PrescriptionChangeTest, TheScreenTheReportAndTheCsvAgree) {
    const ReportData data = report();
    ASSERT_EQ(data.rows.size(), 2);
    const auto view = makeView();
    // The screen's figure for each week is the report's row for it.
    const PeriodFigures& now = data.rows[1].figures;
    EXPECT_EQ(now.done, 1);
    EXPECT_EQ(now.passedSlots(), 4);
    EXPECT_EQ(view->weekSummary()->text(),
              QStringLiteral("So far this week: %1 of %2 sessions done (%3%) (10 still to come "
                             "this week)")
                  .arg(now.done)
                  .arg(now.passedSlots())
                  .arg(*now.percent()));
    view->showPreviousWeek();
    const PeriodFigures& before = data.rows[0].figures;
    EXPECT_EQ(view->weekSummary()->text(), QStringLiteral("%1 of %2 sessions done: %3%")
                                               .arg(before.done)
                                               .arg(before.passedSlots())
                                               .arg(*before.percent()));
    EXPECT_EQ(before.passedSlots(), 14);

    // Stretches held: 18 + 6 + 12 + 4, exactly the done rows of the CSV export, whose header
    // is the documented one.
    EXPECT_EQ(data.total.holdsDone, 40);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    ASSERT_TRUE(m_store.exportCsv(csv, CsvTable::Holds));
    const QStringList lines = QString::fromUtf8(csv.data()).split(QStringLiteral("\r\n"));
    EXPECT_EQ(lines.first(), QStringLiteral("local_date,slot,session_started_at,routine_id,"
                                            "exercise_id,side,rep,planned_hold_s,held_s,status"));
    EXPECT_EQ(lines.filter(QStringLiteral(",done")).size(), 40);

    // The partly done sessions against what each asked for.
    ASSERT_EQ(data.problems.size(), 16); // 13 last week, 3 this week
    int partial = 0;
    for (const SlotProblem& p : data.problems) {
        if (p.status != SlotStatus::Partial)
            continue;
        ++partial;
        EXPECT_EQ(p.holdsPlanned, p.key.date < QDate(2026, 1, 12) ? 18 : 12);
    }
    EXPECT_EQ(partial, 2);
}

TEST_F(PrescriptionChangeTest, TheReportTellsTheProgramAtTheEndAndTheChangeInWords) {
    const ReportData data = report();
    EXPECT_EQ(data.changeLines,
              QStringList{QStringLiteral("From 12 January 2026: 2 times on each leg (was 3)")});
    ASSERT_EQ(data.programLines.size(), 3);
    EXPECT_EQ(data.programLines[0],
              QStringLiteral("Calf stretch: 2 times on each leg, hold 20 s (15 s counts as done)"));
    // A range that ends before the change shows the program of then, and no change.
    const ReportData earlier =
        ReportBuilder::build(m_store, m_store, m_two, {kNow.date(), Slot::Morning},
                             QDate(2026, 1, 5), QDate(2026, 1, 11));
    EXPECT_TRUE(earlier.changeLines.isEmpty());
    EXPECT_EQ(earlier.programLines[0],
              QStringLiteral("Calf stretch: 3 times on each leg, hold 20 s (15 s counts as done)"));

    // The PDF's text says the same (pdftotext, poppler-utils).
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    FOOTCOACH_REQUIRE(!pdftotext.isEmpty(), "pdftotext (poppler-utils)");
    const QString path = m_dir.file(QStringLiteral("report.pdf"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_GT(ReportWriter::write(data, file, QPageSize(QPageSize::A4), QStringLiteral("t")),
                  0);
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("From 12 January 2026: 2 times on each leg (was 3)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Calf stretch: 2 times on each leg, hold 20 s")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tue, 6 Jan morning: 6 of 18")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tue, 13 Jan evening: 4 of 12")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sessions done: 2 of 18 (11%)")));
}

} // namespace
