#include "ui/common/AppStyle.h"
#include "ui/window/WindowIcon.h"

#include <QApplication>
#include <QMenuBar>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QToolButton>
#include <gtest/gtest.h>

#include <cstdlib>
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

namespace {

// Pixels of a button drawn by style, with or without the keyboard focus, that are close to the
// palette's highlight colour.
int highlightPixels(const QStyle& style, bool focused) {
    QStyleOptionButton option;
    option.rect = QRect(0, 0, 200, 60);
    option.palette = QApplication::palette();
    option.state = QStyle::State_Enabled | QStyle::State_Raised;
    if (focused)
        option.state |= QStyle::State_HasFocus;
    option.text = QStringLiteral("Start");
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(option.palette.color(QPalette::Window));
    QPainter painter(&image);
    style.drawControl(QStyle::CE_PushButton, &option, &painter);
    painter.end();
    const QColor highlight = option.palette.color(QPalette::Highlight);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - highlight.red()) + std::abs(c.green() - highlight.green()) +
                         std::abs(c.blue() - highlight.blue()) <
                     40;
        }
    }
    return count;
}

} // namespace

TEST(AppStyle, TheKeyboardFocusIsAWideRingInTheHighlightColour) {
    const AppStyle style(QApplication::style()->name());
    const int unfocused = highlightPixels(style, false);
    const int focused = highlightPixels(style, true);
    // All round the 200 x 60 button, about three pixels wide.
    EXPECT_GT(focused - unfocused, 2 * (200 + 60) * 2) << focused << " vs " << unfocused;
}
