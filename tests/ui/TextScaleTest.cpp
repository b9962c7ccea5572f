#include "FakeClock.h"
#include "TestDataDir.h"
#include "WidgetAudit.h"
#include "WindowFixture.h"
#include "footcoach/RoutineLoader.h"
#include "services/session/CuePlayer.h"
#include "services/settings/AppSettings.h"
#include "services/settings/AutostartEntry.h"
#include "services/settings/Localization.h"
#include "ui/common/Illustrations.h"
#include "ui/info/InfoView.h"
#include "ui/session/SessionView.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace footcoach;

namespace {

// Switches the interface language and doubles the text size for one test, then restores both.
class LanguageAtDoubleText {
public:
    explicit LanguageAtDoubleText(const QString& language)
        : m_font(QApplication::font()) {
        for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        Localization::install(*qApp, language);
        QFont doubled = m_font;
        doubled.setPointSizeF(m_font.pointSizeF() * 2.0);
        QApplication::setFont(doubled);
    }
    ~LanguageAtDoubleText() {
        QApplication::setFont(m_font);
        QLocale::setDefault(QLocale::c());
    }

private:
    QFont m_font;
};

void saveShot(QWidget* w, const QString& name) {
    const QString dir = QStringLiteral(FOOTCOACH_ARTEFACTS);
    QDir().mkpath(dir);
    w->grab().save(dir + QLatin1Char('/') + name);
}

std::string join(const QStringList& problems) {
    return problems.join(QLatin1Char('\n')).toStdString();
}

class TextScale : public ::testing::TestWithParam<const char*> {};

} // namespace

TEST_P(TextScale, NothingIsClippedAtDoubleTextSize) {
    const QString language = QString::fromLatin1(GetParam());
    LanguageAtDoubleText scale(language);
    test::WindowFixture f;
    MainWindow& window = f.window;
    test::TestDataDir& dir = f.dir;
    AppSettings& settings = f.settings;
    QApplication::processEvents();
    EXPECT_EQ(test::clippedTexts(&window), QStringList()) << "home, " << GetParam() << "\n"
                                                          << join(test::clippedTexts(&window));
    saveShot(&window, QStringLiteral("text200-%1-home.png").arg(language));

    window.startSession(Slot::Morning);
    window.sessionView()->findChild<QWidget*>(); // laid out on show
    QApplication::processEvents();
    EXPECT_EQ(test::clippedTexts(window.sessionView()), QStringList())
        << "session, " << GetParam() << "\n"
        << join(test::clippedTexts(window.sessionView()));
    saveShot(&window, QStringLiteral("text200-%1-session.png").arg(language));

    const AutostartEntry autostart(dir.path());
    SettingsDialog dialog(settings, autostart, RoutineLoader::builtIn(),
                          QtFuture::makeReadyFuture(false));
    dialog.show();
    auto* tabs = dialog.findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        EXPECT_EQ(test::clippedTexts(&dialog), QStringList())
            << "settings tab " << i << ", " << GetParam() << "\n"
            << join(test::clippedTexts(&dialog));
        saveShot(&dialog, QStringLiteral("text200-%1-settings-%2.png").arg(language).arg(i));
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, TextScale, ::testing::Values("en", "de", "es"));
