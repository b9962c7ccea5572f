#include "FakeClock.h"
#include "TestDataDir.h"
#include "WindowFixture.h"
#include "footcoach/RoutineLoader.h"
#include "services/session/CuePlayer.h"
#include "services/settings/AppSettings.h"
#include "ui/common/Illustrations.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QStyleFactory>
#include <gtest/gtest.h>

using namespace footcoach;

namespace {

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Base, QColor(0x2b, 0x2c, 0x30));
    p.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Button, QColor(0x35, 0x36, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Highlight, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::HighlightedText, QColor(0x20, 0x21, 0x24));
    return p;
}

// Share of the picture's opaque pixels lighter (or darker) than a limit: the figure's ink must
// be near white on a dark background and near black on a light one.
double share(const QImage& image, bool lighterThan, int limit) {
    qint64 opaque = 0;
    qint64 counted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 200)
                continue;
            ++opaque;
            counted += lighterThan ? c.lightness() > limit : c.lightness() < limit;
        }
    }
    return opaque ? static_cast<double>(counted) / static_cast<double>(opaque) : 0.0;
}

} // namespace

TEST(DarkPalette, IllustrationsAreRedrawnInLightInk) {
    Illustrations illustrations;
    const QImage dark =
        illustrations.render("calf-1", QSize(400, 300), 1.0, false, darkPalette()).toImage();
    const QImage light =
        illustrations.render("calf-1", QSize(400, 300), 1.0, false, QPalette(Qt::white)).toImage();
    // The ink (#1f2933) becomes the palette's text colour on dark; nothing near-black is left.
    EXPECT_GT(share(dark, true, 200), 0.25);
    EXPECT_LT(share(dark, false, 60), 0.01);
    EXPECT_GT(share(light, false, 60), 0.25);
    EXPECT_LT(share(light, true, 200), 0.01);
}

TEST(DarkPalette, MainScreensFollowTheSystemPalette) {
    const QPalette before = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    {
        test::WindowFixture f(QSize(1100, 780));
        MainWindow& window = f.window;
        QApplication::processEvents();
        const QString out = QStringLiteral(FOOTCOACH_ARTEFACTS);
        QDir().mkpath(out);
        const QImage home = window.grab().toImage();
        home.save(out + QStringLiteral("/dark-home.png"));
        // The window's background is the palette's, not a light colour of our own.
        EXPECT_LT(home.pixelColor(home.width() / 2, home.height() - 5).lightness(), 100);
        window.startSession(Slot::Morning);
        QApplication::processEvents();
        window.grab().save(out + QStringLiteral("/dark-session.png"));
    }
    QApplication::setPalette(before);
}
