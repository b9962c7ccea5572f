#include "TestDataDir.h"
#include "ui/common/Illustrations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace footcoach;

namespace {

const char* const kPictures[] = {"calf-1",      "calf-2",    "calf-3",    "hamstring-1",
                                 "hamstring-2", "plantar-1", "plantar-2", "plantar-3"};

QPalette paletteOf(const QColor& window, const QColor& text, const QColor& base) {
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    return p;
}

struct NamedPalette {
    const char* name;
    QPalette palette;
};

QList<NamedPalette> palettes() {
    return {
        {"default", QApplication::palette()},
        {"light", paletteOf(QColor(0xef, 0xef, 0xef), Qt::black, Qt::white)},
        // Pure white text: the colour the old swap turned into the background.
        {"dark-white-text",
         paletteOf(QColor(0x20, 0x21, 0x24), Qt::white, QColor(0x2b, 0x2c, 0x30))},
        {"dark",
         paletteOf(QColor(0x20, 0x21, 0x24), QColor(0xe8, 0xea, 0xed), QColor(0x2b, 0x2c, 0x30))},
        {"high-contrast", paletteOf(Qt::black, Qt::white, Qt::black)},
        {"high-contrast-light", paletteOf(Qt::white, Qt::black, Qt::white)},
    };
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor& c) {
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The picture as the app shows it: drawn over the window's background.
QImage shown(Illustrations& illustrations, const QString& path, const QPalette& palette) {
    const QPixmap pixmap = illustrations.render(path, QSize(800, 600), 1.0, false, palette);
    QImage image(pixmap.size(), QImage::Format_RGB32);
    image.fill(palette.color(QPalette::Window));
    QPainter p(&image);
    p.drawPixmap(0, 0, pixmap);
    return image;
}

// The colour an element is drawn in: the most frequent colour of the pixels that change when
// the element is left out of the drawing (where something is drawn over it, nothing changes).
struct ElementColour {
    QColor colour;
    qint64 pixels = 0;
};
ElementColour colourOf(Illustrations& illustrations, const QString& picture, const QString& id,
                       const QPalette& palette, const test::TestDataDir& dir) {
    QFile file(QStringLiteral(":/illustrations/%1.svg").arg(picture));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString svg = QString::fromUtf8(file.readAll());
    QString without = svg;
    without.remove(QRegularExpression(QStringLiteral("<g id=\"%1\">.*?</g>").arg(id),
                                      QRegularExpression::DotMatchesEverythingOption));
    const QString withPath = dir.file(picture + QStringLiteral("-with.svg"));
    const QString withoutPath = dir.file(picture + QStringLiteral("-without-") + id + ".svg");
    for (const auto& [path, text] : {std::pair{withPath, svg}, std::pair{withoutPath, without}}) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(text.toUtf8());
    }
    const QImage full = shown(illustrations, withPath, palette);
    const QImage rest = shown(illustrations, withoutPath, palette);
    QHash<QRgb, qint64> counts;
    ElementColour result;
    for (int y = 0; y < full.height(); ++y) {
        for (int x = 0; x < full.width(); ++x) {
            if (full.pixel(x, y) == rest.pixel(x, y))
                continue;
            ++result.pixels;
            ++counts[full.pixel(x, y)];
        }
    }
    qint64 best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            result.colour = QColor::fromRgb(it.key());
        }
    }
    return result;
}

} // namespace

TEST(IllustrationContrast, TheStretchedLegStandsOutInEveryPalette) {
    Illustrations illustrations;
    test::TestDataDir dir;
    for (const NamedPalette& p : palettes()) {
        const QColor ground = p.palette.color(QPalette::Window);
        for (const char* picture : kPictures) {
            const QString name = QString::fromLatin1(picture);
            const ElementColour stretched =
                colourOf(illustrations, name, QStringLiteral("stretched-leg"), p.palette, dir);
            const ElementColour other =
                colourOf(illustrations, name, QStringLiteral("other-leg"), p.palette, dir);
            // A leg covers thousands of pixels at this size; none means it is not drawn apart.
            ASSERT_GT(stretched.pixels, 2000) << p.name << ", " << picture;
            ASSERT_GT(other.pixels, 2000) << p.name << ", " << picture;
            const double stretchedContrast = contrast(stretched.colour, ground);
            const double otherContrast = contrast(other.colour, ground);
            EXPECT_GE(stretchedContrast, 4.5)
                << p.name << ", " << picture << ": stretched leg "
                << stretched.colour.name().toStdString() << " on " << ground.name().toStdString();
            EXPECT_GT(stretchedContrast, otherContrast)
                << p.name << ", " << picture << ": other leg " << other.colour.name().toStdString()
                << " stands out more than the stretched one "
                << stretched.colour.name().toStdString();
        }
        // Kept for a look: the first picture in each palette.
        const QString out = QStringLiteral(FOOTCOACH_ARTEFACTS);
        QDir().mkpath(out);
        shown(illustrations, QStringLiteral(":/illustrations/calf-3.svg"), p.palette)
            .save(out + QStringLiteral("/illustration-calf-3-%1.png").arg(QLatin1String(p.name)));
    }
}

TEST(IllustrationContrast, TheRestPictureHasNoArrowsAndNoStretch) {
    QFile file(QStringLiteral(":/illustrations/rest.svg"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll().toLower();
    EXPECT_FALSE(svg.contains("#e8710a")) << "an arrow or a stretched muscle";
    EXPECT_FALSE(svg.contains("stretched-leg"));
}
