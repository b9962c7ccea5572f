// The numbness answered after a session is saved whatever ends the summary: its button, Enter
// in the drop-down, Esc, closing the window, a new session (a reminder's "start"), or the
// window taken down by quitting from the tray.
#include "FakeClock.h"
#include "TestDataDir.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/RoutineLoader.h"
#include "services/session/CuePlayer.h"
#include "services/session/SessionController.h"
#include "services/settings/AppSettings.h"
#include "ui/common/Illustrations.h"
#include "ui/session/SessionView.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

using namespace footcoach;
using namespace footcoach::test;

namespace {

// A main window over a real history whose session has just ended on its summary page.
struct FinishedSession {
    TestDataDir dir;
    AppSettings settings{dir.file(QStringLiteral("settings.ini"))};
    FakeMonotonicClock clock;
    FakeWallClock wall{QDateTime(QDate(2026, 3, 2), QTime(19, 40), Qt::UTC)};
    FakeTimeZone zone;
    HistoryStore store{dir.path(), wall};
    bool opened = store.open();
    SilentCuePlayer cues;
    Illustrations illustrations;
    std::unique_ptr<MainWindow> window;
    qint64 sessionId = -1;

    FinishedSession() {
        window = std::make_unique<MainWindow>(MainWindowDeps{settings,
                                                             store,
                                                             store,
                                                             store,
                                                             true,
                                                             cues,
                                                             nullptr,
                                                             illustrations,
                                                             clock,
                                                             wall,
                                                             zone,
                                                             {}},
                                              SessionPlan(RoutineLoader::builtIn()));
        window->show();
        window->startSession(Slot::Evening);
        SessionController* controller = window->controller();
        sessionId = controller->sessionId().value_or(-1);
        for (int guard = 0; controller->engine().state() == EngineState::Running && guard < 10000;
             ++guard) {
            const auto wait = *controller->engine().timeUntilNextEvent();
            clock.advance(wait);
            wall.advance(wait);
            controller->processDue();
        }
    }
    QComboBox* answer() const { return window->sessionView()->findChild<QComboBox*>(); }
    void choose(int numbness) const { answer()->setCurrentIndex(answer()->findData(numbness)); }
    std::optional<int> saved() const {
        const auto checkIn = store.checkIn(sessionId);
        return checkIn ? checkIn->numbnessAfter : std::nullopt;
    }
};

void expectReady(const FinishedSession& f) {
    // Keys reach shortcuts only in the active window.
    QApplication::setActiveWindow(f.window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(f.window.get()));
    ASSERT_TRUE(f.opened);
    ASSERT_GE(f.sessionId, 0);
    ASSERT_TRUE(f.window->sessionView()->isShowingSummary());
    ASSERT_NE(f.answer(), nullptr);
}

} // namespace

TEST(SessionAnswer, IsSavedWhenTheWindowIsClosed) {
    FinishedSession f;
    expectReady(f);
    f.choose(3);
    f.window->close();
    EXPECT_EQ(f.saved(), 3);
}

TEST(SessionAnswer, IsSavedByEnterInTheDropDown) {
    FinishedSession f;
    expectReady(f);
    f.choose(4);
    f.answer()->setFocus();
    QTest::keyClick(f.answer(), Qt::Key_Return);
    EXPECT_EQ(f.saved(), 4);
    EXPECT_EQ(f.window->controller(), nullptr); // back on the start screen
}

TEST(SessionAnswer, IsSavedByEsc) {
    FinishedSession f;
    expectReady(f);
    f.choose(5);
    f.answer()->setFocus();
    QTest::keyClick(f.answer(), Qt::Key_Escape);
    EXPECT_EQ(f.saved(), 5);
    EXPECT_EQ(f.window->controller(), nullptr);
}

TEST(SessionAnswer, IsSavedWhenANewSessionStarts) {
    FinishedSession f;
    expectReady(f);
    f.choose(2);
    f.window->startSession(Slot::Evening); // a reminder's "start", or a second launch
    EXPECT_EQ(f.saved(), 2);
    ASSERT_NE(f.window->controller(), nullptr);
    EXPECT_NE(f.window->controller()->sessionId(), f.sessionId);
}

TEST(SessionAnswer, IsSavedWhenTheWindowIsTakenDown) {
    FinishedSession f;
    expectReady(f);
    f.choose(7);
    f.window.reset(); // quitting from the tray
    EXPECT_EQ(f.saved(), 7);
}

TEST(SessionAnswer, SkippingTheQuestionSavesNoAnswer) {
    FinishedSession f;
    expectReady(f);
    f.window->close();
    EXPECT_EQ(f.saved(), std::nullopt);
}
