#include "AppStyle.h"
#include "WindowIcon.h"

#include <QApplication>
#include <QMenuBar>
#include <QStyleFactory>
#include <QToolButton>
#include <gtest/gtest.h>

#include <memory>

using namespace footcoach;

TEST(AppStyle, DrawsTheOverflowChevronsAndLeavesEverythingElseToTheDesktopStyle) {
    const QString key = QApplication::style()->name();
    AppStyle style(key);
    EXPECT_EQ(style.baseStyle()->name(), key);
    for (const auto which :
         {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        const QIcon icon = style.standardIcon(which);
        ASSERT_FALSE(icon.isNull());
        EXPECT_EQ(icon.availableSizes(), QList<QSize>({QSize(16, 16), QSize(32, 32)}));
        // Something is drawn: not every pixel is transparent.
        const QImage image = icon.pixmap(32, 32).toImage();
        bool inked = false;
        for (int y = 0; y < image.height() && !inked; ++y)
            for (int x = 0; x < image.width() && !inked; ++x)
                inked = qAlpha(image.pixel(x, y)) > 0;
        EXPECT_TRUE(inked);
    }
    std::unique_ptr<QStyle> plain(QStyleFactory::create(key));
    EXPECT_EQ(style.standardIcon(QStyle::SP_DialogOkButton).availableSizes(),
              plain->standardIcon(QStyle::SP_DialogOkButton).availableSizes());
    EXPECT_EQ(style.pixelMetric(QStyle::PM_ButtonMargin),
              plain->pixelMetric(QStyle::PM_ButtonMargin));
}

TEST(AppStyle, TheMenuBarsOverflowButtonGetsTheChevron) {
    // As main() does: the application's style, set before any menu bar exists.
    const QString key = QApplication::style()->name();
    QApplication::setStyle(new AppStyle(key));
    {
        QMenuBar bar;
        // The overflow button is created with the bar; it shows when the menus do not fit.
        auto* overflow = bar.findChild<QToolButton*>();
        ASSERT_NE(overflow, nullptr);
        EXPECT_EQ(overflow->icon().availableSizes(), QList<QSize>({QSize(16, 16), QSize(32, 32)}));
    }
    QApplication::setStyle(key); // the other tests run on the plain style again
}

TEST(WindowIcon, IsDrawnAtTheSizesWindowManagersAskFor) {
    const QIcon icon = WindowIcon::make();
    EXPECT_EQ(icon.availableSizes(),
              QList<QSize>({QSize(16, 16), QSize(32, 32), QSize(48, 48), QSize(64, 64)}));
    const QImage image = icon.pixmap(48, 48).toImage();
    int inked = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            inked += qAlpha(image.pixel(x, y)) > 0;
    EXPECT_GT(inked, 48 * 48 / 10); // the drawing is there, not an empty square
}
