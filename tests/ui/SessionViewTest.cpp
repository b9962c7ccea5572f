#include "ui/session/SessionView.h"
#include "FakeClock.h"
#include "InLanguage.h"
#include "TestDataDir.h"
#include "footcoach/RoutineLoader.h"
#include "footcoach/UnavailableHistory.h"
#include "footcoach/Words.h"
#include "services/session/CuePlayer.h"
#include "services/session/SessionController.h"
#include "services/settings/AppSettings.h"
#include "services/settings/Localization.h"
#include "ui/common/Illustrations.h"
#include "ui/session/CountdownRing.h"
#include "ui/session/StepPacer.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace footcoach;
using footcoach::test::InLanguage;
using namespace std::chrono_literals;

namespace {

// One session screen on a fake clock, with no sound and no history.
struct SessionFixture {
    test::TestDataDir dir;
    AppSettings settings{dir.file("settings.ini")};
    Illustrations illustrations;
    SilentCuePlayer cues;
    test::FakeMonotonicClock clock;
    test::FakeWallClock wall;
    test::FakeTimeZone zone;
    UnavailableHistory noHistory{QStringLiteral("This test has no history.")};
    SessionController controller{SessionPlan(RoutineLoader::builtIn()),
                                 SlotKey{QDate(2026, 1, 5), Slot::Morning},
                                 clock,
                                 wall,
                                 zone,
                                 noHistory,
                                 cues,
                                 nullptr};
    SessionView view{settings, illustrations};

    SessionFixture() {
        view.resize(1000, 700);
        view.setController(&controller);
        view.show();
        QApplication::setActiveWindow(&view);
        view.setFocus();
    }
    SessionEngine& engine() { return controller.engine(); }
    void advance(std::chrono::milliseconds by) {
        clock.advance(by);
        controller.processDue();
    }
    void key(Qt::Key k) { QTest::keyClick(&view, k); }
};

} // namespace

TEST(SessionView, LegAndRepFollowTheEngineThroughAWholeSession) {
    SessionFixture f;
    f.controller.start();
    QStringList seenHolds;
    int guard = 0;
    while (f.engine().state() == EngineState::Running && ++guard < 10000) {
        const Phase& phase = f.engine().currentPhase();
        if (phase.kind == PhaseKind::Hold) {
            const Exercise& e = f.engine().plan().routine().exercises.at(phase.exerciseIndex);
            EXPECT_EQ(f.view.legText(), phase.side == Side::Left ? "◀ LEFT LEG" : "RIGHT LEG ▶");
            EXPECT_EQ(f.view.repText(), QStringLiteral("Rep %1 of %2").arg(phase.rep).arg(e.reps));
            EXPECT_EQ(f.view.phaseText(), "Hold the stretch");
            // The last step, the stretch itself, is the highlighted one while holding.
            EXPECT_EQ(f.view.currentStepRow(), e.steps.size() - 1);
            seenHolds.append(QStringLiteral("%1/%2/%3")
                                 .arg(phase.exerciseIndex)
                                 .arg(toString(phase.side))
                                 .arg(phase.rep));
        }
        if (phase.kind == PhaseKind::GetReady) {
            EXPECT_TRUE(f.view.legText().isEmpty());
        }
        // The shown seconds are the engine's deadline-based time, rounded up.
        EXPECT_EQ(f.view.secondsShown(), (f.engine().remaining().count() + 999) / 1000);
        f.advance(std::min<std::chrono::milliseconds>(*f.engine().timeUntilNextEvent(), 1000ms));
    }
    seenHolds.removeDuplicates();
    EXPECT_EQ(seenHolds.size(), 18); // every exercise, both legs, reps 1-3
    EXPECT_TRUE(f.view.isShowingSummary());
}

TEST(SessionView, CountdownShowsWholeSecondsLeft) {
    SessionFixture f;
    f.controller.start();
    EXPECT_EQ(f.view.secondsShown(), 5); // get ready
    f.advance(1200ms);
    EXPECT_EQ(f.view.secondsShown(), 4);
    f.advance(800ms);
    EXPECT_EQ(f.view.secondsShown(), 3);
}

TEST(SessionView, SpacePausesAndResumes) {
    SessionFixture f;
    f.controller.start();
    f.key(Qt::Key_Space);
    EXPECT_EQ(f.engine().state(), EngineState::Paused);
    f.clock.advance(60s);
    f.controller.processDue();
    EXPECT_EQ(f.view.secondsShown(), 5);
    f.key(Qt::Key_Space);
    EXPECT_EQ(f.engine().state(), EngineState::Running);
}

TEST(SessionView, RightAndNSkipLeftGoesBack) {
    SessionFixture f;
    f.controller.start();
    f.key(Qt::Key_Right);
    EXPECT_EQ(f.engine().phaseIndex(), 1);
    EXPECT_EQ(f.view.phaseText(), "Get into position");
    EXPECT_EQ(f.view.legText(), "◀ LEFT LEG");
    f.key(Qt::Key_N);
    EXPECT_EQ(f.engine().phaseIndex(), 2);
    EXPECT_EQ(f.view.repText(), "Rep 1 of 3");
    f.key(Qt::Key_Left);
    EXPECT_EQ(f.engine().phaseIndex(), 1);
}

TEST(SessionView, EscapeAsksFirstAndNoKeepsGoing) {
    SessionFixture f;
    f.controller.start();
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        asked = box != nullptr;
        if (box)
            box->button(QMessageBox::No)->click();
    });
    f.key(Qt::Key_Escape);
    EXPECT_TRUE(asked);
    EXPECT_EQ(f.engine().state(), EngineState::Running);
}

TEST(SessionView, EscapeThenYesStopsAndShowsTheSummary) {
    SessionFixture f;
    f.controller.start();
    QTimer::singleShot(0, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    f.key(Qt::Key_Escape);
    EXPECT_EQ(f.engine().state(), EngineState::Stopped);
    EXPECT_TRUE(f.view.isShowingSummary());
}

TEST(SessionView, RightLegShowsTheMirroredPicture) {
    SessionFixture f;
    f.controller.start();
    while (f.engine().currentPhase().kind != PhaseKind::SwitchSide)
        f.engine().skip();
    EXPECT_EQ(f.view.legText(), "RIGHT LEG ▶");
    EXPECT_EQ(f.view.phaseText(), "Switch legs");
}

TEST(SessionView, StepsWalkThroughPositioningAtReadingPaceThenHoldOnTheLast) {
    // Reading times of 6 s and 7 s for the first two of three steps.
    const QList<double> reading{6.0, 7.0, 5.0};
    EXPECT_EQ(StepPacer::stepFor(reading, true, 0.0, 20.0), 0);
    EXPECT_EQ(StepPacer::stepFor(reading, true, 5.9, 20.0), 0);
    EXPECT_EQ(StepPacer::stepFor(reading, true, 6.0, 20.0), 1);
    EXPECT_EQ(StepPacer::stepFor(reading, true, 19.0, 20.0), 1);
    // A next step that could not stay its reading time before the phase ends is not shown.
    EXPECT_EQ(StepPacer::stepFor(reading, true, 7.0, 12.0), 0);
    EXPECT_EQ(StepPacer::stepFor(reading, false, 3.0, 20.0), 2);
    EXPECT_EQ(StepPacer::stepFor({6.0, 5.0}, true, 5.0, 8.0), 0);
    EXPECT_EQ(StepPacer::stepFor({5.0}, false, 1.0, 8.0), 0);
    EXPECT_DOUBLE_EQ(StepPacer::readingSeconds(QStringLiteral("Sit down.")), 5.0);
    EXPECT_DOUBLE_EQ(StepPacer::readingSeconds(QString(QStringLiteral("word ")).repeated(30)),
                     12.0);
}

// In the 8 s of getting into position the step used to move on after 4 s: too fast to read.
TEST(SessionView, NoStepChangesFasterThanItCanBeRead) {
    SessionFixture f;
    f.controller.start();
    int shownRow = f.view.currentStepRow();
    int shownPhase = f.engine().phaseIndex();
    std::chrono::milliseconds shownSince{0};
    std::chrono::milliseconds now{0};
    int changes = 0;
    while (f.engine().state() == EngineState::Running) {
        f.advance(250ms);
        now += 250ms;
        const bool sameExercise = f.engine().plan().phase(shownPhase).exerciseIndex ==
                                  f.engine().currentPhase().exerciseIndex;
        if (f.view.currentStepRow() != shownRow && !f.view.isShowingSummary()) {
            if (sameExercise) {
                EXPECT_GE(now - shownSince, 5000ms)
                    << "step " << shownRow + 1 << " left after " << (now - shownSince).count()
                    << " ms, in phase " << f.engine().phaseIndex();
            }
            ++changes;
            shownRow = f.view.currentStepRow();
            shownSince = now;
        }
        shownPhase = f.engine().phaseIndex();
    }
    EXPECT_GT(changes, 10);
}

namespace {

// Counts the focus events that reach a widget.
class FocusInCounter : public QObject {
public:
    int count = 0;
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::FocusIn)
            ++count;
        return false;
    }
};

QPushButton* buttonWithTip(QWidget* view, const QString& tip) {
    for (QPushButton* b : view->findChildren<QPushButton*>())
        if (b->toolTip() == tip)
            return b;
    return nullptr;
}

} // namespace

// A screen reader reads what has the focus; a phase change must not take it from the user.
TEST(SessionView, FocusStaysOnBackThroughPhaseChanges) {
    SessionFixture f;
    QPushButton* back = buttonWithTip(&f.view, QStringLiteral("Left arrow"));
    auto* steps = f.view.findChild<QListWidget*>();
    ASSERT_NE(back, nullptr);
    ASSERT_NE(steps, nullptr);
    FocusInCounter counter;
    steps->installEventFilter(&counter);
    steps->viewport()->installEventFilter(&counter);
    f.controller.start();
    back->setFocus(Qt::TabFocusReason);
    ASSERT_EQ(QApplication::focusWidget(), back);
    int phasesSeen = 0;
    int lastPhase = f.engine().phaseIndex();
    for (int guard = 0; phasesSeen < 6 && guard < 1000; ++guard) {
        f.advance(std::min<std::chrono::milliseconds>(*f.engine().timeUntilNextEvent(), 1000ms));
        if (f.engine().phaseIndex() != lastPhase) {
            lastPhase = f.engine().phaseIndex();
            ++phasesSeen;
            EXPECT_EQ(QApplication::focusWidget(), back) << "phase " << lastPhase;
        }
    }
    EXPECT_EQ(phasesSeen, 6);
    EXPECT_EQ(QApplication::focusWidget(), back);
    EXPECT_EQ(counter.count, 0);
}

namespace {

// What a screen reader may say: letters, digits, spaces and plain punctuation, no drawn symbols.
bool isPlainWords(const QString& text) {
    static const QString punctuation = QStringLiteral(".,:;!?'\"()-\u2013%/");
    for (const QChar c : text) {
        if (!c.isLetterOrNumber() && !c.isSpace() && !punctuation.contains(c))
            return false;
    }
    return true;
}

// The names with symbols, one a line; empty when all are plain words.
std::string namesWithSymbols(QWidget* view) {
    QStringList bad;
    for (QWidget* w : view->findChildren<QWidget*>()) {
        if (!qobject_cast<QPushButton*>(w) && !qobject_cast<QLabel*>(w))
            continue;
        const QString name =
            w->accessibleName().isEmpty()
                ? (qobject_cast<QLabel*>(w) ? qobject_cast<QLabel*>(w)->text()
                                            : qobject_cast<QPushButton*>(w)->text())
                : w->accessibleName();
        if (w->isVisibleTo(view) && !isPlainWords(name))
            bad << QStringLiteral("%1: %2").arg(w->metaObject()->className(), name);
    }
    return bad.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST(SessionView, ButtonAndLabelNamesArePlainWordsWhateverTheState) {
    SessionFixture f;
    QPushButton* pause = buttonWithTip(&f.view, QStringLiteral("Space"));
    ASSERT_NE(pause, nullptr);
    EXPECT_EQ(namesWithSymbols(&f.view), "") << "idle";
    EXPECT_EQ(pause->accessibleName(), "Start");
    f.controller.start();
    EXPECT_EQ(pause->accessibleName(), "Pause");
    EXPECT_EQ(buttonWithTip(&f.view, QStringLiteral("Left arrow"))->accessibleName(), "Back");
    EXPECT_EQ(buttonWithTip(&f.view, QStringLiteral("Right arrow or N"))->accessibleName(), "Skip");
    EXPECT_EQ(buttonWithTip(&f.view, QStringLiteral("Esc"))->accessibleName(), "Stop");
    for (int i = 0; i < 8; ++i) {
        EXPECT_EQ(namesWithSymbols(&f.view), "") << "phase " << f.engine().phaseIndex();
        f.engine().skip();
    }
    f.engine().pause();
    EXPECT_EQ(pause->accessibleName(), "Continue");
    EXPECT_EQ(namesWithSymbols(&f.view), "") << "paused";
}

TEST(SessionView, TheLegBannerIsNamedAfterTheLeg) {
    SessionFixture f;
    QLabel* leg = nullptr;
    f.controller.start();
    f.engine().skip(); // into position, left leg
    for (QLabel* l : f.view.findChildren<QLabel*>())
        if (l->text() == f.view.legText())
            leg = l;
    ASSERT_NE(leg, nullptr);
    QSet<Side> seen;
    while (f.engine().state() == EngineState::Running) {
        const Phase& phase = f.engine().currentPhase();
        if (phase.kind != PhaseKind::Done && phase.kind != PhaseKind::GetReady) {
            EXPECT_EQ(leg->accessibleName(), Words::side(phase.side))
                << "phase " << f.engine().phaseIndex();
            seen.insert(phase.side);
        }
        f.engine().skip();
    }
    EXPECT_TRUE(seen.contains(Side::Left) && seen.contains(Side::Right));
}

TEST(SessionView, SecondsLeftAreSingularAndPluralInEnglishGermanAndSpanish) {
    {
        const InLanguage english(QStringLiteral("en"));
        CountdownRing ring;
        ring.setValue(1, 20, true);
        EXPECT_EQ(ring.accessibleDescription(), "1 second left");
        ring.setValue(2, 20, true);
        EXPECT_EQ(ring.accessibleDescription(), "2 seconds left");
    }
    {
        const InLanguage german(QStringLiteral("de"));
        CountdownRing ring;
        ring.setValue(1, 20, true);
        EXPECT_EQ(ring.accessibleDescription(), "Noch 1 Sekunde");
        ring.setValue(2, 20, true);
        EXPECT_EQ(ring.accessibleDescription(), "Noch 2 Sekunden");
    }
    {
        const InLanguage spanish(QStringLiteral("es"));
        CountdownRing ring;
        ring.setValue(1, 20, true);
        EXPECT_EQ(ring.accessibleDescription(), "Queda 1 segundo");
        ring.setValue(2, 20, true);
        EXPECT_EQ(ring.accessibleDescription(), "Quedan 2 segundos");
    }
}
