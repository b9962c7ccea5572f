// The charts rendered offscreen at a fixed size, from fixed data, in a fixed font, compared with
// the reference pictures in tests/charts/reference/ within a small tolerance (anti-aliasing may
// differ by a shade between machines). FOOTCOACH_UPDATE_REFERENCES=1 rewrites the pictures.
#include "charts/history/NumbnessChart.h"
#include "charts/history/SlotGridChart.h"
#include "charts/history/WeeklyPercentChart.h"
#include "ui/common/StatusStyle.h"

#include <QChart>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace footcoach;

namespace {

const QDate kMonday(2026, 1, 5);

QFont fixedFont() {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(14);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QImage render(QWidget& widget, const QSize& size) {
    widget.resize(size);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    widget.render(&image);
    return image;
}

// Fraction of pixels whose channels differ by more than `tolerance` out of 255.
double differing(const QImage& a, const QImage& b, int tolerance) {
    if (a.size() != b.size())
        return 1.0;
    qint64 bad = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* pa = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* pb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int d = std::max({std::abs(qRed(pa[x]) - qRed(pb[x])),
                                    std::abs(qGreen(pa[x]) - qGreen(pb[x])),
                                    std::abs(qBlue(pa[x]) - qBlue(pb[x]))});
            bad += d > tolerance;
        }
    }
    return double(bad) / double(a.width() * a.height());
}

void compareWithReference(const QImage& image, const QString& name) {
    const QString path = QDir(QStringLiteral(FOOTCOACH_REFERENCE_DIR)).filePath(name + ".png");
    if (qEnvironmentVariableIntValue("FOOTCOACH_UPDATE_REFERENCES") == 1) {
        ASSERT_TRUE(image.save(path)) << path.toStdString();
        GTEST_SKIP() << "rewrote " << path.toStdString();
    }
    const QImage reference = QImage(path).convertToFormat(QImage::Format_ARGB32);
    ASSERT_FALSE(reference.isNull())
        << path.toStdString() << " is missing: run with FOOTCOACH_UPDATE_REFERENCES=1";
    const double fraction = differing(image.convertToFormat(QImage::Format_ARGB32), reference, 48);
    if (fraction > 0.005) {
        const QString actual = QDir::temp().filePath(name + "-actual.png");
        image.save(actual);
        FAIL() << name.toStdString() << ": " << fraction * 100 << "% of pixels differ; see "
               << actual.toStdString();
    }
}

QList<DayAdherence> sampleWeek() {
    using S = SlotStatus;
    const S morning[7] = {S::Done, S::Partial,  S::Missed,  S::Done,
                          S::Done, S::Upcoming, S::Upcoming};
    const S evening[7] = {S::Done,    S::Missed,   S::Done,    S::Done,
                          S::Partial, S::Upcoming, S::Upcoming};
    QList<DayAdherence> days;
    for (int i = 0; i < 7; ++i)
        days.append({kMonday.addDays(i), morning[i], evening[i]});
    return days;
}

TEST(ChartReference, FontIsAvailable) {
    // The references are drawn in DejaVu Sans (fonts-dejavu-core); without it every picture
    // would differ for a reason that has nothing to do with the charts.
    EXPECT_TRUE(QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")));
}

TEST(ChartReference, WeekGrid) {
    SlotGridChart chart;
    chart.setChartFont(fixedFont());
    chart.setDays(sampleWeek());
    EXPECT_EQ(chart.summary().toStdString(),
              std::string("Sessions: 6 done, 2 partly done, 2 missed, 4 not yet due. Tuesday, 6 "
                          "January morning partly done; Tuesday, 6 January evening missed; "
                          "Wednesday, 7 January morning missed; Friday, 9 January evening "
                          "partly done."));
    EXPECT_EQ(chart.accessibleName(), chart.summary());
    compareWithReference(render(chart, QSize(560, 240)), QStringLiteral("week-grid"));
}

TEST(ChartReference, WeeklyPercentages) {
    WeeklyPercentChart chart;
    chart.setChartFont(fixedFont());
    QList<WeekAdherence> weeks;
    const int done[12] = {14, 12, 13, 9, 0, 7, 11, 14, 13, 12, 10, 5};
    for (int i = 0; i < 12; ++i) {
        WeekAdherence w;
        w.weekStart = kMonday.addDays(7 * (i - 11));
        w.done = done[i];
        weeks.append(w);
    }
    chart.setWeeks(weeks, kMonday.addDays(-7));
    EXPECT_TRUE(chart.summary().endsWith(
        QStringLiteral("100%, 86%, 93%, 64%, 0%, 50%, 79%, 100%, 93%, 86%, 71%, 36%.")))
        << chart.summary().toStdString();
    compareWithReference(render(chart, QSize(560, 260)), QStringLiteral("weekly-percent"));
}

TEST(WeeklyPercentChart, DatesNeverCollideWhenTheChartIsNarrow) {
    // Six weeks with long dates in large type, as a Spanish user at large text sees them.
    WeeklyPercentChart chart;
    QFont large = fixedFont();
    large.setPixelSize(22);
    chart.setChartFont(large);
    QList<WeekAdherence> weeks;
    for (int i = 0; i < 6; ++i) {
        WeekAdherence w;
        w.weekStart = QDate(2026, 10, 19).addDays(7 * i);
        w.done = 10;
        weeks.append(w);
    }
    chart.setWeeks(weeks, weeks.last().weekStart);
    const QFontMetricsF metrics(large);
    for (const int width : {900, 420, 300}) {
        render(chart, QSize(width, 300));
        const QStringList dates = chart.shownDates();
        ASSERT_EQ(dates.size(), 6);
        const qreal category = chart.chart()->plotArea().width() / 6;
        int previous = -1;
        for (int i = 0; i < 6; ++i) {
            if (dates[i].isEmpty())
                continue;
            // Never wider than the room to the previous date, and the newest never past the
            // axis's end (Qt Charts would drop it).
            if (previous >= 0) {
                EXPECT_LE(metrics.horizontalAdvance(dates[i]), (i - previous) * category) << width;
            }
            previous = i;
        }
        EXPECT_GE(previous, 4) << "the newest dates are labelled, at " << width;
        if (!dates[0].isEmpty()) {
            EXPECT_LE(metrics.horizontalAdvance(dates[0]), category) << width;
        }
        if (previous == 5) {
            EXPECT_LE(metrics.horizontalAdvance(dates[5]), category) << width;
        }
        if (width == 900) {
            EXPECT_EQ(dates.count(QString()), 0) << "room for every date";
        } else {
            EXPECT_GT(dates.count(QString()), 0) << width;
        }
    }
}

TEST(ChartReference, NumbnessTrend) {
    NumbnessChart chart;
    chart.setChartFont(fixedFont());
    QList<NumbnessPoint> points;
    for (int i = 0; i < 28; ++i) {
        if (i % 6 == 5)
            continue; // days without a check-in
        const double before = 7 - i / 8.0;
        points.append({kMonday.addDays(i), before, before - 1.5 - (i % 3) * 0.5});
    }
    chart.setPoints(points, kMonday, kMonday.addDays(27));
    EXPECT_TRUE(chart.summary().contains(QStringLiteral("days with a check-in: 24")))
        << chart.summary().toStdString();
    compareWithReference(render(chart, QSize(640, 260)), QStringLiteral("numbness-trend"));
}

TEST(ChartReference, StatusMarksDifferInBlackAndWhite) {
    // Greyscale versions of the four marks must differ clearly from each other.
    QList<QImage> marks;
    for (const SlotStatus s :
         {SlotStatus::Done, SlotStatus::Partial, SlotStatus::Missed, SlotStatus::Upcoming}) {
        QImage paper(48, 48, QImage::Format_ARGB32);
        paper.fill(Qt::white);
        QPainter painter(&paper);
        painter.drawImage(0, 0, StatusStyle::image(s, 48));
        painter.end();
        marks.append(paper.convertToFormat(QImage::Format_Grayscale8)
                         .convertToFormat(QImage::Format_ARGB32));
    }
    for (int a = 0; a < marks.size(); ++a) {
        for (int b = a + 1; b < marks.size(); ++b)
            EXPECT_GT(differing(marks[a], marks[b], 64), 0.08) << a << " vs " << b;
    }
}

TEST(ChartReference, ComparisonCanFail) {
    SlotGridChart chart;
    chart.setChartFont(fixedFont());
    chart.setDays(sampleWeek());
    const QImage a = render(chart, QSize(560, 240));
    QList<DayAdherence> changed = sampleWeek();
    changed[2].morning = SlotStatus::Done; // one mark differs
    chart.setDays(changed);
    const QImage b = render(chart, QSize(560, 240));
    EXPECT_GT(differing(a, b, 48), 0.005); // more than the tolerance allows
    EXPECT_EQ(differing(a, a, 0), 0.0);
}

} // namespace
