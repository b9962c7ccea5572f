#include "InLanguage.h"
#include "WidgetAudit.h"
#include "WindowFixture.h"
#include "ui/common/AppStyle.h"
#include "ui/common/ColourContrast.h"
#include "ui/info/SafetyNote.h"
#include "ui/session/CountdownRing.h"
#include "ui/session/PhaseLook.h"
#include "ui/session/SessionView.h"
#include "ui/session/StepList.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTest>
#include <gtest/gtest.h>

using namespace footcoach;

namespace {

// A screen as users have it, and the window the app opens on it (MainWindow: 1100x780 at normal
// text, larger with larger text, and never larger than the screen less room for the title bar
// and the panel).
struct LayoutCase {
    const char* name;
    QSize screen;
    qreal textScale; // 2: a desktop font of twice the usual size
    bool extraLarge; // the app's own extra-large session text
    QSize window() const {
        return screen.boundedTo(QSize(1100, 780) * textScale + QSize(16, 48)) - QSize(16, 48);
    }
};

// The app's text, a quarter larger than the desktop's as main.cpp makes it, times scale (2: a
// desktop whose fonts are twice the size).
class TextScale {
public:
    explicit TextScale(qreal scale)
        : m_font(QApplication::font()) {
        QFont f = m_font;
        f.setPointSizeF(m_font.pointSizeF() * AppStyle::kTextScale * scale);
        QApplication::setFont(f);
    }
    ~TextScale() { QApplication::setFont(m_font); }

private:
    QFont m_font;
};

QString artefact(const QString& name) {
    const QString dir = QStringLiteral(FOOTCOACH_ARTEFACTS);
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

std::string join(const QStringList& list) {
    return list.join(QLatin1Char('\n')).toStdString();
}

QLabel* legBanner(SessionView* view) {
    for (QLabel* label : view->findChildren<QLabel*>()) {
        if (!view->legText().isEmpty() && label->text() == view->legText())
            return label;
    }
    return nullptr;
}

// Everything a user needs is in the window, which kept the size the screen allows, whole.
void expectAllOnScreen(MainWindow& window, SessionView* view, const QSize& available,
                       bool safetyNote, const QString& where) {
    EXPECT_EQ(window.size(), available)
        << where.toStdString() << ": the window grew to " << window.width() << "x"
        << window.height() << ", past the " << available.width() << "x" << available.height()
        << " the screen has";
    const QRect inside(QPoint(0, 0), available);
    for (QPushButton* button : view->findChildren<QPushButton*>()) {
        if (!button->isVisible())
            continue;
        const QRect inWindow(button->mapTo(&window, QPoint(0, 0)), button->size());
        EXPECT_TRUE(inside.contains(inWindow))
            << where.toStdString() << ": \"" << button->text().toStdString() << "\" at "
            << inWindow.x() << "," << inWindow.y() << " " << inWindow.width() << "x"
            << inWindow.height() << " is off the screen";
    }
    EXPECT_EQ(test::clippedTexts(view), QStringList()) << where.toStdString() << "\n"
                                                       << join(test::clippedTexts(view));
    // Nothing is scrolled out of sight, the first session's safety note included: at the
    // largest text sizes it gives its gist instead of the whole note.
    for (QScrollArea* scroll : view->findChildren<QScrollArea*>()) {
        if (!scroll->isVisible())
            continue;
        EXPECT_EQ(scroll->horizontalScrollBar()->maximum(), 0)
            << where.toStdString() << ": the session is wider than the window";
        EXPECT_EQ(scroll->verticalScrollBar()->maximum(), 0)
            << where.toStdString() << ": part of the session is scrolled out of sight";
    }
    if (auto* note = view->findChild<SafetyNote*>()) {
        EXPECT_EQ(note->isVisible(), safetyNote) << where.toStdString();
    }
}

// The step to do now is in view from its beginning: whole, or from the list's top when it is
// taller than the list.
void expectStepInView(SessionView* view, const QString& where) {
    auto* steps = view->findChild<StepList*>();
    ASSERT_NE(steps, nullptr);
    const QRect step = steps->visualRect(steps->currentIndex());
    const int room = steps->viewport()->height();
    if (step.height() > room) {
        EXPECT_EQ(step.top(), 0) << where.toStdString() << ": the step begins " << step.top()
                                 << " px down a list " << room << " px high";
    } else {
        EXPECT_TRUE(step.top() >= 0 && step.bottom() < room)
            << where.toStdString() << ": the step is at " << step.top() << "-" << step.bottom()
            << " in a list " << room << " px high";
    }
}

// Through the first phases: get ready, position, hold, a pause, hold, relax, ...
void walkThePhases(MainWindow& window, SessionView* view, CountdownRing* ring, const LayoutCase& c,
                   const QString& language, bool safetyNote) {
    const QString which = QString::fromLatin1(c.name);
    for (int step = 0; step < 8; ++step) {
        const bool pause = step == 3;
        if (pause)
            QTest::keyClick(view, Qt::Key_Space);
        // A change of the page's arrangement is laid out in a second round of events.
        for (int round = 0; round < 3; ++round)
            QApplication::processEvents();
        const QString where =
            QStringLiteral("%1, %2%3, %4 (step %5)")
                .arg(which, language, safetyNote ? QStringLiteral(", safety note") : QString(),
                     view->phaseText())
                .arg(step);
        expectAllOnScreen(window, view, c.window(), safetyNote, where);
        expectStepInView(view, where);
        if (QLabel* leg = legBanner(view)) {
            EXPECT_GE(ring->digitHeight(), leg->fontMetrics().capHeight())
                << where.toStdString() << ": digits smaller than the leg banner's text";
        }
        if (which == "normal" && safetyNote) {
            const auto* note = view->findChild<SafetyNote*>();
            EXPECT_FALSE(note && note->isBrief())
                << where.toStdString() << ": the safety note was cut short with room to spare";
        }
        if (which == "normal" && !safetyNote) {
            EXPECT_GE(ring->digitHeight() * 4, view->height())
                << where.toStdString() << ": digits " << ring->digitHeight()
                << " px high in a view " << view->height() << " px high";
        }
        window.grab().save(
            artefact(QStringLiteral("layout-%1-%2%3-%4.png")
                         .arg(which, language, safetyNote ? QStringLiteral("-note") : QString())
                         .arg(step)));
        if (pause)
            QTest::keyClick(view, Qt::Key_Space);
        QTest::keyClick(view, Qt::Key_Right);
    }
}

} // namespace

class SessionLayout : public ::testing::TestWithParam<LayoutCase> {};

TEST_P(SessionLayout, EveryControlIsOnScreenAndTheDigitsAreLarge) {
    const LayoutCase c = GetParam();
    const TextScale scale(c.textScale);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        for (const bool safetyNote : {true, false}) {
            const test::InLanguage inLanguage(language);
            test::WindowFixture f(c.window());
            f.settings.setLargeSessionText(c.extraLarge);
            f.settings.setSafetyAcknowledged(!safetyNote);
            QApplication::setActiveWindow(&f.window);
            f.window.startSession(Slot::Morning);
            SessionView* view = f.window.sessionView();
            ASSERT_NE(view, nullptr);
            auto* ring = view->findChild<CountdownRing*>();
            ASSERT_NE(ring, nullptr);
            walkThePhases(f.window, view, ring, c, language, safetyNote);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Sizes, SessionLayout,
    ::testing::Values(LayoutCase{"normal", QSize(1600, 1000), 1.0, false},
                      LayoutCase{"double", QSize(1600, 1000), 2.0, false},
                      // QT_FONT_DPI=192 under X11 doubles every pixel (device pixel ratio 2):
                      // the 1600x1000 screen is 800x500 logical pixels at normal text, and the
                      // app opens at 784x452 (1568x904 on the screen).
                      LayoutCase{"doubledpi", QSize(800, 500), 1.0, false},
                      LayoutCase{"extra-large", QSize(1024, 600), 1.0, true}),
    [](const auto& param) {
        return QString::fromLatin1(param.param.name).remove(QLatin1Char('-')).toStdString();
    });

// The phases keep their colours, words and shapes apart in dark and high-contrast palettes:
// each banner's word reads at 4.5:1 at least on its colour, and each ring colour stands 3:1
// against the window.
TEST(SessionLayout, PhasesStayApartInDarkAndHighContrastPalettes) {
    const QPalette before = QApplication::palette();
    struct Named {
        const char* name;
        QColor window;
        QColor text;
    };
    for (const Named& p : {Named{"light", QColor(0xef, 0xef, 0xef), Qt::black},
                           Named{"dark-white-text", QColor(0x20, 0x21, 0x24), Qt::white},
                           Named{"high-contrast", Qt::black, Qt::white},
                           Named{"high-contrast-light", Qt::white, Qt::black}}) {
        QPalette palette;
        for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
            palette.setColor(role, p.window);
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(role, p.text);
        QApplication::setPalette(palette);
        QSet<QRgb> colours;
        for (const PhaseMood mood : {PhaseMood::Position, PhaseMood::Hold, PhaseMood::Relax,
                                     PhaseMood::Switch, PhaseMood::Paused, PhaseMood::Done}) {
            const QColor c = PhaseLook::colour(mood, palette);
            colours.insert(c.rgb());
            EXPECT_GE(ColourContrast::ratio(c, p.window), 3.0)
                << p.name << ": mood " << static_cast<int>(mood) << " " << c.name().toStdString();
            EXPECT_GE(ColourContrast::ratio(c, ColourContrast::textOn(c)), 4.5) << p.name;
        }
        EXPECT_EQ(colours.size(), 6) << p.name << ": two moods share a colour";
        test::WindowFixture f(QSize(1100, 780));
        f.settings.setSafetyAcknowledged(true);
        QApplication::setActiveWindow(&f.window);
        f.window.startSession(Slot::Morning);
        SessionView* view = f.window.sessionView();
        for (int step = 0; step < 8; ++step) {
            if (step == 3)
                QTest::keyClick(view, Qt::Key_Space);
            QApplication::processEvents();
            // The banner wears the colour of the ring's mood, as made for this palette.
            auto* ring = view->findChild<CountdownRing*>();
            ASSERT_NE(ring, nullptr);
            const QString fill = PhaseLook::colour(ring->mood(), palette).name();
            bool bannerFound = false;
            for (QLabel* label : view->findChildren<QLabel*>()) {
                if (label->text() == view->phaseText())
                    bannerFound = label->styleSheet().contains(fill);
            }
            EXPECT_TRUE(bannerFound) << p.name << ", " << view->phaseText().toStdString()
                                     << ": the banner is not in " << fill.toStdString();
            f.window.grab().save(
                artefact(QStringLiteral("phases-%1-%2.png").arg(QLatin1String(p.name)).arg(step)));
            if (step == 3)
                QTest::keyClick(view, Qt::Key_Space);
            QTest::keyClick(view, Qt::Key_Right);
        }
    }
    QApplication::setPalette(before);
}
