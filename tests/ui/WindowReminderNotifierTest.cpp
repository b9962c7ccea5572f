#include "ui/reminders/WindowReminderNotifier.h"
#include "services/reminders/ReminderPresenter.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>
#include <QWindow>
#include <gtest/gtest.h>

#include <memory>

using namespace footcoach;

namespace {

// A notification service that is not there.
class AbsentNotifier final : public ReminderNotifier {
public:
    void show(const PlannedReminder& r, const QString&, const QString&, int) override {
        Q_EMIT failed(r);
    }
    void withdraw() override {}
};

const PlannedReminder kEvening{{QDate(2026, 1, 5), Slot::Evening}, QDateTime(), true};

// The reminder as the app shows it where no notification service answers.
struct Shown {
    AbsentNotifier absent;
    WindowReminderNotifier window;
    ReminderPresenter presenter{absent, window, [] {
                                    return nullptr;
                                }};
    QSignalSpy start{&presenter, &ReminderPresenter::startRequested};
    QSignalSpy snooze{&presenter, &ReminderPresenter::snoozeRequested};
    QSignalSpy skip{&presenter, &ReminderPresenter::skipRequested};

    QWidget* w() { return window.widget(); }
    QList<QPushButton*> buttons() { return w()->findChildren<QPushButton*>(); }
    void present() { presenter.present(kEvening, 473, 10); }
    // What the user does with a click or Alt+Tab.
    bool giveItTheKeyboard() {
        QApplication::setActiveWindow(w());
        return QTest::qWaitForWindowActive(w(), 2000);
    }
};

// Another window the user is typing in.
struct Typing {
    QWidget window;
    QLineEdit* edit = new QLineEdit(&window);
    Typing() {
        new QVBoxLayout(&window);
        window.layout()->addWidget(edit);
        window.setWindowTitle("Typing");
        window.show();
    }
    bool active() {
        QApplication::setActiveWindow(&window);
        if (!QTest::qWaitForWindowActive(&window, 2000))
            return false;
        edit->setFocus();
        return edit->hasFocus();
    }
};

bool withinAvailableArea(const QWidget* w) {
    return w->screen()->availableGeometry().contains(w->frameGeometry());
}

} // namespace

// The app makes its notifiers at start; a window nobody sees yet must not hold up the first one.
TEST(WindowReminderNotifier, MakesNoWindowUntilAReminderIsShown) {
    const qsizetype before = QApplication::topLevelWidgets().size();
    AbsentNotifier absent;
    WindowReminderNotifier window;
    ReminderPresenter presenter(absent, window, [] { return nullptr; });
    window.withdraw(); // nothing to take back: still no window
    EXPECT_EQ(QApplication::topLevelWidgets().size(), before);
    presenter.present({{QDate(2026, 1, 5), Slot::Evening}, QDateTime(), true}, 473, 10);
    EXPECT_EQ(QApplication::topLevelWidgets().size(), before + 1);
    EXPECT_TRUE(window.widget()->isVisible());
}

TEST(WindowReminderNotifier, WithNoNotificationServiceTheOwnWindowShowsWithoutTakingFocus) {
    AbsentNotifier absent;
    WindowReminderNotifier window;
    ReminderPresenter presenter(absent, window, [] { return nullptr; });
    QSignalSpy start(&presenter, &ReminderPresenter::startRequested);
    const PlannedReminder r{{QDate(2026, 1, 5), Slot::Evening}, QDateTime(), true};
    presenter.present(r, 473, 10);

    QWidget* w = window.widget();
    ASSERT_TRUE(w->isVisible());
    EXPECT_TRUE(w->testAttribute(Qt::WA_ShowWithoutActivating));
    const auto buttons = w->findChildren<QPushButton*>();
    ASSERT_EQ(buttons.size(), 3);
    EXPECT_EQ(buttons[1]->text(), "In 10 minutes");
    buttons[0]->click();
    ASSERT_EQ(start.count(), 1);
    EXPECT_EQ(start.at(0).at(0).value<SlotKey>().slot, Slot::Evening);
    EXPECT_FALSE(w->isVisible());
}

TEST(WindowReminderNotifier, TheThreeButtonsAreInTheTabChainInOrder) {
    Shown r;
    const auto buttons = r.buttons();
    ASSERT_EQ(buttons.size(), 3);
    for (QPushButton* b : buttons)
        EXPECT_TRUE(b->focusPolicy() & Qt::TabFocus) << b->text().toStdString();
    // The chain from Start now, skipping what takes no Tab focus: Later, Skip, back to Start.
    QList<QWidget*> chain;
    QWidget* at = buttons[0];
    do {
        if (at->focusPolicy() & Qt::TabFocus)
            chain.append(at);
        at = at->nextInFocusChain();
    } while (at != buttons[0] && chain.size() < 10);
    EXPECT_EQ(chain, (QList<QWidget*>{buttons[0], buttons[1], buttons[2]}));
}

TEST(WindowReminderNotifier, ShowingItLeavesTheKeyboardWhereTheUserIsTypingYetTheUserCanTakeIt) {
    Typing typing;
    ASSERT_TRUE(typing.active());
    Shown r;
    r.present();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(r.w(), 2000));
    // Whatever activation the window system sends on showing has arrived and been answered.
    EXPECT_TRUE(QTest::qWaitFor([&] { return typing.window.isActiveWindow(); }, 1000));
    EXPECT_EQ(QApplication::activeWindow(), &typing.window);
    EXPECT_TRUE(typing.edit->hasFocus());
    EXPECT_FALSE(r.w()->isActiveWindow());

    ASSERT_TRUE(r.giveItTheKeyboard());
    EXPECT_EQ(QApplication::focusWidget(), r.buttons()[0]) << "Start now has the keyboard";
}

TEST(WindowReminderNotifier, TabAndShiftTabMoveBetweenTheButtons) {
    Shown r;
    r.present();
    ASSERT_TRUE(r.giveItTheKeyboard());
    const auto b = r.buttons();
    ASSERT_EQ(QApplication::focusWidget(), b[0]);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), b[1]);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), b[2]);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), b[0]);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(QApplication::focusWidget(), b[2]);
}

TEST(WindowReminderNotifier, EnterPressesTheFocusedButton) {
    for (int tabs = 0; tabs < 3; ++tabs) {
        Shown r;
        r.present();
        ASSERT_TRUE(r.giveItTheKeyboard());
        for (int i = 0; i < tabs; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        ASSERT_EQ(QApplication::focusWidget(), r.buttons()[tabs]);
        QTest::keyClick(QApplication::focusWidget(), tabs == 1 ? Qt::Key_Enter : Qt::Key_Return);
        EXPECT_EQ(r.start.count(), tabs == 0 ? 1 : 0) << tabs;
        EXPECT_EQ(r.snooze.count(), tabs == 1 ? 1 : 0) << tabs;
        EXPECT_EQ(r.skip.count(), tabs == 2 ? 1 : 0) << tabs;
        EXPECT_FALSE(r.w()->isVisible());
        if (r.start.count() + r.snooze.count() + r.skip.count() == 1) {
            const QSignalSpy& spy = tabs == 0 ? r.start : tabs == 1 ? r.snooze : r.skip;
            EXPECT_EQ(spy.at(0).at(0).value<SlotKey>().slot, Slot::Evening);
        }
    }
}

TEST(WindowReminderNotifier, EscAndClosingTheWindowSayLaterSoTheReminderIsNotLost) {
    {
        Shown r;
        r.present();
        ASSERT_TRUE(r.giveItTheKeyboard());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // anywhere in the window
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        EXPECT_EQ(r.snooze.count(), 1);
        EXPECT_EQ(r.skip.count(), 0);
        EXPECT_EQ(r.start.count(), 0);
        EXPECT_FALSE(r.w()->isVisible());
    }
    {
        Shown r;
        r.present();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(r.w(), 2000));
        r.w()->close(); // the window manager's close button, Alt+F4
        EXPECT_EQ(r.snooze.count(), 1);
        EXPECT_EQ(r.skip.count(), 0);
        EXPECT_FALSE(r.w()->isVisible());
    }
}

TEST(WindowReminderNotifier, LiesWithinTheAvailableAreaAtNormalAndLargeText) {
    const QFont normal = QApplication::font();
    for (const qreal scale : {1.0, 2.0, 3.0, 4.0}) {
        QFont font = normal;
        font.setPointSizeF(normal.pointSizeF() * scale);
        QApplication::setFont(font);
        Shown r;
        r.present();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(r.w(), 2000));
        const QRect area = r.w()->screen()->availableGeometry();
        const QRect frame = r.w()->frameGeometry();
        EXPECT_TRUE(withinAvailableArea(r.w()))
            << "text x" << scale << ": frame " << frame.x() << "," << frame.y() << " "
            << frame.width() << "x" << frame.height() << " in " << area.width() << "x"
            << area.height();
        // In the bottom right corner, close to the edges.
        EXPECT_LE(area.right() - frame.right(), 32) << scale;
        EXPECT_LE(area.bottom() - frame.bottom(), 32) << scale;
    }
    QApplication::setFont(normal);
}

TEST(WindowReminderNotifier, IsHeldBackWhileAWindowOfTheAppIsFullscreen) {
    QWidget fullscreen;
    fullscreen.showFullScreen();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&fullscreen, 2000));
    ASSERT_TRUE(fullscreen.windowHandle()->windowStates() & Qt::WindowFullScreen);
    Shown r;
    r.present();
    EXPECT_FALSE(r.w()->isVisible());

    fullscreen.showNormal();
    EXPECT_TRUE(QTest::qWaitFor([&] { return r.w()->isVisible(); }, 2000));
    EXPECT_TRUE(withinAvailableArea(r.w()));

    // Withdrawn while held back: it does not appear later.
    Shown held;
    fullscreen.showFullScreen();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return fullscreen.windowHandle()->windowStates() & Qt::WindowFullScreen; }, 2000));
    held.present();
    held.window.withdraw();
    fullscreen.showNormal();
    QTest::qWait(0);
    EXPECT_FALSE(held.w()->isVisible());
}

TEST(ReminderPresenter, TextSaysWhichSlotAndWhenItWasLate) {
    const PlannedReminder late{{QDate(2026, 1, 5), Slot::Morning}, QDateTime(), true};
    EXPECT_EQ(ReminderPresenter::title(late), "Time for your morning stretches");
    // It says it is late, and claims no reason: FootCoach may simply not have been running.
    EXPECT_TRUE(
        ReminderPresenter::body(late, 473).startsWith("This reminder comes later than planned."));
    EXPECT_FALSE(ReminderPresenter::body(late, 473).contains("asleep"));
    const PlannedReminder onTime{{QDate(2026, 1, 5), Slot::Morning}, QDateTime(), false};
    EXPECT_FALSE(ReminderPresenter::body(onTime, 473).contains("later"));
    EXPECT_TRUE(ReminderPresenter::body(late, 473).contains("About 8 minutes"));
}
