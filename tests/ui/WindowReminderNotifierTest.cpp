#include "ui/reminders/WindowReminderNotifier.h"
#include "services/reminders/ReminderPresenter.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QWidget>
#include <gtest/gtest.h>

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

} // namespace

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
    EXPECT_TRUE(w->windowFlags() & Qt::WindowDoesNotAcceptFocus);
    const auto buttons = w->findChildren<QPushButton*>();
    ASSERT_EQ(buttons.size(), 3);
    for (QPushButton* b : buttons)
        EXPECT_EQ(b->focusPolicy(), Qt::NoFocus);
    EXPECT_EQ(buttons[1]->text(), "In 10 minutes");
    buttons[0]->click();
    ASSERT_EQ(start.count(), 1);
    EXPECT_EQ(start.at(0).at(0).value<SlotKey>().slot, Slot::Evening);
    EXPECT_FALSE(w->isVisible());
}

TEST(ReminderPresenter, TextSaysWhichSlotAndWhenItWasLate) {
    const PlannedReminder late{{QDate(2026, 1, 5), Slot::Morning}, QDateTime(), true};
    EXPECT_EQ(ReminderPresenter::title(late), "Time for your morning stretches");
    EXPECT_TRUE(ReminderPresenter::body(late, 473).contains("asleep"));
    EXPECT_TRUE(ReminderPresenter::body(late, 473).contains("About 8 minutes"));
}
