// The History screen: the empty state, one session, ten generated years (week switching), the
// keyboard, and that MainWindow builds it only when it is first opened.
#include "charts/ChartsHistoryScreen.h"
#include "FakeClock.h"
#include "HistoryGenerator.h"
#include "TestDataDir.h"
#include "charts/ChartsPlugin.h"
#include "charts/NumbnessChart.h"
#include "charts/ReportWriter.h"
#include "charts/SlotGridChart.h"
#include "charts/WeeklyPercentChart.h"
#include "footcoach/DateText.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/RoutineLoader.h"
#include "services/session/CuePlayer.h"
#include "services/settings/AppSettings.h"
#include "services/settings/Localization.h"
#include "ui/common/Illustrations.h"
#include "ui/home/HomeView.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
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
                                              0});
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
    const auto id = m_store.beginSession({QStringLiteral("numb-feet-stretches"),
                                          1,
                                          {monday, Slot::Morning},
                                          QDateTime(monday, QTime(8, 0), Qt::UTC),
                                          0});
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
    EXPECT_TRUE(view->weekSummary()->text().startsWith(QStringLiteral("1 of 14 sessions done: 7%")))
        << view->weekSummary()->text().toStdString();
    // Monday evening and Tuesday are missed; Wednesday's morning is open, so not yet.
    EXPECT_TRUE(
        view->weekChart()->summary().contains(QStringLiteral("1 done, 3 missed, 10 not yet")))
        << view->weekChart()->summary().toStdString();
    const QTableWidget* table = view->sessionTable();
    ASSERT_EQ(table->rowCount(), 1);
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
    EXPECT_EQ(view->percentChart()->summary(),
              QStringLiteral("Sessions done in the week of 12 January, of 14: 7%."));
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
    ASSERT_EQ(table->rowCount(), 2);
    ASSERT_GT(table->horizontalHeader()->length(), table->viewport()->width());
    // Long move names take two lines in the header.
    EXPECT_TRUE(table->horizontalHeaderItem(5)->text().contains(QLatin1Char('\n')));
    const QRect last = table->visualItemRect(table->item(1, 0));
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
