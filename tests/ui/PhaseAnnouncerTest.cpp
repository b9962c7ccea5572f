#include "ui/session/PhaseAnnouncer.h"
#include "InLanguage.h"
#include "WindowFixture.h"
#include "footcoach/Words.h"
#include "services/session/SessionController.h"
#include "ui/session/SessionProgress.h"
#include "ui/session/SessionView.h"

#include <QAccessible>
#include <QApplication>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace footcoach;
using footcoach::test::InLanguage;
using namespace std::chrono_literals;

namespace {

// What a screen reader hears of the announcer: Orca speaks an accessible with the
// Notification role when it comes to show, and reads its name then. (Qt's bridge turns each
// show into that event; offscreen, accessibility is off, so the shows are watched here.)
class Listener : public QObject {
public:
    explicit Listener(PhaseAnnouncer* announcer)
        : m_announcer(announcer) {
        announcer->installEventFilter(this);
    }
    ~Listener() override {
        if (m_announcer)
            m_announcer->removeEventFilter(this);
    }
    QStringList heard;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_announcer && event->type() == QEvent::Show && m_announcer->isVisible())
            heard << m_announcer->accessibleName();
        return false;
    }

private:
    QPointer<PhaseAnnouncer> m_announcer;
};

// The session screen in its window, the window active, the session started and Back holding
// the keyboard, as for a user who tabbed to it.
struct RunningSession {
    test::WindowFixture f;
    RunningSession() {
        QApplication::setActiveWindow(&f.window);
        EXPECT_TRUE(QTest::qWaitForWindowActive(&f.window));
        f.window.startSession(Slot::Morning);
        back()->setFocus(Qt::TabFocusReason);
    }
    PhaseAnnouncer* announcer() { return f.window.sessionView()->findChild<PhaseAnnouncer*>(); }
    SessionEngine& engine() { return f.window.controller()->engine(); }
    const SessionPlan& plan() { return engine().plan(); }
    QPushButton* back() {
        for (auto* b : f.window.sessionView()->findChildren<QPushButton*>()) {
            if (b->accessibleName() == QLatin1String("Back"))
                return b;
        }
        return nullptr;
    }
    void advance(std::chrono::milliseconds by) {
        f.clock.advance(by);
        f.window.controller()->processDue();
    }
    // Runs the session to the end on the fake clock, a second at a time.
    void runToTheEnd() {
        for (int guard = 0; guard < 100000 && engine().state() == EngineState::Running; ++guard)
            advance(1s);
    }
};

QStringList plannedAnnouncements(const SessionPlan& plan) {
    QStringList planned;
    for (int i = 0; i < plan.phaseCount(); ++i)
        planned << Words::phaseAnnouncement(plan, i);
    return planned;
}

std::string lines(const QStringList& list) {
    return list.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST(PhaseAnnouncer, IsANotificationForScreenReaders) {
    RunningSession s;
    ASSERT_NE(s.announcer(), nullptr);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(s.announcer());
    ASSERT_NE(iface, nullptr);
    EXPECT_EQ(iface->role(), QAccessible::Notification);
    EXPECT_EQ(iface->text(QAccessible::Name), Words::phaseAnnouncement(s.plan(), 0));
    EXPECT_FALSE(iface->state().focusable);
    EXPECT_EQ(s.announcer()->size(), QSize(0, 0)); // nothing on screen, nothing to click
}

TEST(PhaseAnnouncer, EachPhaseIsAnnouncedOnceAndTheKeyboardStaysOnBack) {
    RunningSession s;
    Listener reader(s.announcer());
    ASSERT_EQ(QApplication::focusWidget(), s.back());
    s.runToTheEnd();
    ASSERT_EQ(s.engine().state(), EngineState::Finished);
    QStringList planned = plannedAnnouncements(s.plan());
    planned.removeFirst(); // said when the session started
    EXPECT_EQ(lines(reader.heard), lines(planned));
}

TEST(PhaseAnnouncer, TheAnnouncementsSayLegRepAndSecondsInPlainWords) {
    const InLanguage english(QStringLiteral("en"));
    const SessionPlan plan(RoutineLoader::builtIn());
    const QStringList said = plannedAnnouncements(plan);
    EXPECT_TRUE(said.contains(QStringLiteral("Left leg, rep 2 of 3: hold for 20 seconds")))
        << lines(said);
    EXPECT_TRUE(said.contains(QStringLiteral("Switch to the right leg"))) << lines(said);
    EXPECT_TRUE(said.contains(QStringLiteral("Relax for 5 seconds"))) << lines(said);
    EXPECT_EQ(said.first(), QStringLiteral("Get ready: the session starts in 5 seconds"));
    EXPECT_EQ(said.last(), QStringLiteral("All done: the session is over"));
    for (const QString& text : said) {
        for (const QChar c : text)
            EXPECT_FALSE(c.category() >= QChar::Symbol_Math && c.category() <= QChar::Symbol_Other)
                << text.toStdString();
    }
}

TEST(PhaseAnnouncer, OneSecondIsSingularInEnglishGermanAndSpanish) {
    struct Case {
        const char* language;
        const char* oneSecond;
        const char* twoSeconds;
    };
    for (const Case& c : {Case{"en", "Relax for 1 second", "Going on: 2 seconds left"},
                          Case{"de", "1 Sekunde entspannen", "Weiter: noch 2 Sekunden"},
                          Case{"es", "Relájese 1 segundo", "Seguimos: quedan 2 segundos"}}) {
        const InLanguage language(QString::fromLatin1(c.language));
        Routine routine = RoutineLoader::builtIn();
        routine.exercises[0].restSeconds = 1;
        const SessionPlan plan(routine);
        const QStringList said = plannedAnnouncements(plan);
        EXPECT_TRUE(said.contains(QString::fromUtf8(c.oneSecond))) << c.language << "\n"
                                                                   << lines(said);
        EXPECT_EQ(Words::resumedAnnouncement(2), QString::fromUtf8(c.twoSeconds));
    }
}

TEST(PhaseAnnouncer, PauseAndGoingOnAreAnnounced) {
    RunningSession s;
    Listener reader(s.announcer());
    s.engine().pause();
    s.engine().resume();
    const int secondsLeft = static_cast<int>((s.engine().remaining().count() + 999) / 1000);
    EXPECT_EQ(lines(reader.heard),
              lines({Words::pausedAnnouncement(), Words::resumedAnnouncement(secondsLeft)}));
}

TEST(PhaseAnnouncer, WaitsForTheWindowToBeActiveAndSaysOnlyTheLatest) {
    RunningSession s;
    QWidget other;
    other.show();
    QApplication::setActiveWindow(&other);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&other));
    Listener reader(s.announcer());
    s.advance(std::chrono::seconds(s.plan().phase(0).seconds)); // into the first position
    s.engine().pause();
    EXPECT_EQ(lines(reader.heard), "");
    QApplication::setActiveWindow(&s.f.window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&s.f.window));
    EXPECT_EQ(lines(reader.heard), lines({Words::pausedAnnouncement()}));
}

TEST(PhaseAnnouncer, ANewSessionStartsWithItsOwnFirstWords) {
    RunningSession s;
    s.engine().stop();
    ASSERT_TRUE(s.f.window.sessionView()->isShowingSummary());
    Listener reader(s.announcer());
    s.f.window.startSession(Slot::Evening);
    EXPECT_EQ(lines(reader.heard), lines({plannedAnnouncements(s.plan()).first()}));
}

TEST(PhaseAnnouncer, TheProgressBarDoesNotTalkOverTheAnnouncements) {
    const InLanguage english(QStringLiteral("en"));
    SessionProgress bar;
    bar.setRange(0, 200);
    bar.setValue(50);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(&bar);
    ASSERT_NE(iface, nullptr);
    EXPECT_EQ(iface->role(), QAccessible::ProgressBar);
    // No value: Qt's bridge sends no value change, so Orca has none to read out on its own.
    EXPECT_EQ(iface->valueInterface(), nullptr);
    EXPECT_EQ(iface->text(QAccessible::Description), QStringLiteral("25 % done"));
}
