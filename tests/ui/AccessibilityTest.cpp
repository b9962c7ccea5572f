#include "FakeClock.h"
#include "TestDataDir.h"
#include "WidgetAudit.h"
#include "WindowFixture.h"
#include "footcoach/RoutineLoader.h"
#include "services/session/CuePlayer.h"
#include "services/settings/AppSettings.h"
#include "services/settings/AutostartEntry.h"
#include "ui/common/Illustrations.h"
#include "ui/home/HomeView.h"
#include "ui/info/InfoView.h"
#include "ui/reminders/WindowReminderNotifier.h"
#include "ui/session/SessionView.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace footcoach;

namespace {

std::string join(const QStringList& problems) {
    return problems.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST(Accessibility, EveryControlOfTheHomeScreenHasANameAndDescription) {
    test::WindowFixture f;
    EXPECT_EQ(test::unnamedControls(&f.window), QStringList())
        << join(test::unnamedControls(&f.window));
}

TEST(Accessibility, EveryControlOfTheSessionScreenHasANameAndDescription) {
    test::WindowFixture f;
    f.window.startSession(Slot::Morning);
    EXPECT_EQ(test::unnamedControls(f.window.sessionView()), QStringList())
        << join(test::unnamedControls(f.window.sessionView()));
}

TEST(Accessibility, EveryControlOfTheSettingsHasANameAndDescription) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    const AutostartEntry autostart(dir.path());
    SettingsDialog dialog(settings, autostart, RoutineLoader::builtIn(),
                          QtFuture::makeReadyFuture(false));
    dialog.show();
    auto* tabs = dialog.findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        EXPECT_EQ(test::unnamedControls(&dialog), QStringList())
            << "tab " << i << "\n"
            << join(test::unnamedControls(&dialog));
    }
}

TEST(Accessibility, TheReminderWindowAndInformationPageAreNamed) {
    WindowReminderNotifier reminder;
    EXPECT_EQ(test::unnamedControls(reminder.widget()), QStringList())
        << join(test::unnamedControls(reminder.widget()));
    InfoView info;
    EXPECT_EQ(test::unnamedControls(&info), QStringList()) << join(test::unnamedControls(&info));
}

TEST(Accessibility, AllControlsAreReachableByKeyboard) {
    test::WindowFixture f;
    f.window.startSession(Slot::Morning);
    // The session's buttons take Tab focus; the step list is for reading only.
    for (QWidget* w : f.window.sessionView()->findChildren<QAbstractButton*>()) {
        if (w->isVisibleTo(f.window.sessionView())) {
            EXPECT_NE(w->focusPolicy() & Qt::TabFocus, 0) << w->metaObject()->className();
        }
    }
}

TEST(Accessibility, TheStartButtonHasTheKeyboardOnTheHomeScreen) {
    test::WindowFixture f;
    QApplication::setActiveWindow(&f.window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&f.window));
    QPushButton* start = f.window.homeView()->startButton();
    EXPECT_EQ(QApplication::focusWidget(), start);
    // Back from another screen, it has it again.
    f.window.showInfo();
    ASSERT_NE(QApplication::focusWidget(), start);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_EQ(QApplication::focusWidget(), start);
    // Enter starts the session that is due.
    QTest::keyClick(start, Qt::Key_Return);
    EXPECT_NE(f.window.controller(), nullptr);
}
