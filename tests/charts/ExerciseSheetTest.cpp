// The exercise sheet: its pages, every move's title and step in the PDF's text (English,
// German, Spanish), the pictures really drawn where the sheet put them (the page rendered by
// pdftoppm is dark there), the program in force, and a custom routine with its own picture.
#include "InLanguage.h"
#include "Prerequisite.h"
#include "TestDataDir.h"
#include "charts/print/ExerciseSheetWriter.h"
#include "charts/print/PaperSize.h"
#include "footcoach/RoutineLoader.h"
#include "footcoach/Words.h"
#include "services/settings/AppSettings.h"

#include <QBuffer>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace footcoach;
using namespace footcoach::test;

namespace {

bool havePoppler() {
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty();
}

struct WrittenSheet {
    ExerciseSheetLayout layout;
    QString pdf;
};

WrittenSheet writeSheet(const TestDataDir& dir, const Routine& routine,
                        const QPageSize& size = QPageSize(QPageSize::A4)) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    WrittenSheet sheet;
    sheet.layout = ExerciseSheetWriter::write(routine, buffer, size, QStringLiteral("test"));
    sheet.pdf = dir.write(QStringLiteral("sheet.pdf"), buffer.data());
    return sheet;
}

// The PDF's words with every run of white space made one space, so wrapped lines compare, and
// ligatures ("ﬁ") as their letters, as a PDF viewer's search has them.
QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

int pdfPages(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(p.waitForFinished(30000));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                          .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// One page rendered in grey at 72 dpi, so a pixel is a point.
QImage renderPage(const QString& pdf, int page, const TestDataDir& dir) {
    const QString stem = dir.file(QStringLiteral("page%1").arg(page));
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("72"),
             QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
             QString::number(page), QStringLiteral("-singlefile"), QStringLiteral("-png"), pdf,
             stem});
    EXPECT_TRUE(p.waitForFinished(30000));
    return QImage(stem + QStringLiteral(".png"));
}

// The share of clearly dark pixels inside box.
double darkShare(const QImage& page, const QRectF& box) {
    const QRect r = box.toRect().adjusted(6, 6, -6, -6) & page.rect();
    int dark = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            dark += qGray(page.pixel(x, y)) < 128;
    return r.isEmpty() ? 0 : double(dark) / (r.width() * r.height());
}

void expectEveryMoveAndStep(const Routine& routine, const QString& text, const QString& locale) {
    for (const Exercise& e : routine.exercises) {
        EXPECT_TRUE(text.contains(e.title.forLocale(locale)))
            << e.title.forLocale(locale).toStdString();
        for (const Step& s : e.steps)
            EXPECT_TRUE(text.contains(s.text.forLocale(locale).simplified()))
                << locale.toStdString() << ": " << s.text.forLocale(locale).toStdString();
    }
}

void expectPicturesDrawn(const WrittenSheet& sheet, const TestDataDir& dir) {
    QList<QImage> pages;
    for (int i = 1; i <= sheet.layout.pages; ++i)
        pages.append(renderPage(sheet.pdf, i, dir));
    for (const ExerciseSheetLayout::Picture& picture : sheet.layout.pictures) {
        ASSERT_LT(picture.page, pages.size());
        // The figures' lines cover a few percent of their box; an empty box has none.
        EXPECT_GT(darkShare(pages[picture.page], picture.box), 0.02)
            << picture.illustration.toStdString() << " on page " << picture.page + 1;
    }
}

int stepsWithPictures(const Routine& routine) {
    int n = 0;
    for (const Exercise& e : routine.exercises)
        for (const Step& s : e.steps)
            n += !s.illustration.isEmpty();
    return n;
}

} // namespace

TEST(ExerciseSheet, BuiltInRoutineOnTwoPagesWithEveryStepAndPicture) {
    FOOTCOACH_REQUIRE(havePoppler(), "pdftotext, pdfinfo and pdftoppm (poppler-utils)");
    InLanguage english(QStringLiteral("en"));
    TestDataDir dir;
    const Routine routine = RoutineLoader::builtIn();
    const WrittenSheet sheet = writeSheet(dir, routine);
    EXPECT_EQ(sheet.layout.pages, 2);
    EXPECT_EQ(pdfPages(sheet.pdf), 2);
    const QString text = pdfText(sheet.pdf);
    expectEveryMoveAndStep(routine, text, QStringLiteral("en"));
    EXPECT_TRUE(text.contains(routine.title.forLocale(QStringLiteral("en"))));
    EXPECT_TRUE(text.contains(QStringLiteral("Twice a day, in the morning and in the evening")));
    EXPECT_TRUE(text.contains(QStringLiteral("3 times on each leg · hold each stretch 20 s")));
    EXPECT_TRUE(text.contains(QStringLiteral("Balance")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tick off your sessions")));
    EXPECT_TRUE(text.contains(QStringLiteral("Morning")) &&
                text.contains(QStringLiteral("Evening")));
    EXPECT_EQ(int(sheet.layout.pictures.size()), stepsWithPictures(routine));
    expectPicturesDrawn(sheet, dir);
}

TEST(ExerciseSheet, GermanAndSpanish) {
    FOOTCOACH_REQUIRE(havePoppler(), "pdftotext, pdfinfo and pdftoppm (poppler-utils)");
    const Routine routine = RoutineLoader::builtIn();
    for (const QString& language : {QStringLiteral("de"), QStringLiteral("es")}) {
        InLanguage in(language);
        TestDataDir dir;
        const WrittenSheet sheet = writeSheet(dir, routine);
        EXPECT_EQ(pdfPages(sheet.pdf), 2) << language.toStdString();
        const QString text = pdfText(sheet.pdf);
        expectEveryMoveAndStep(routine, text, QLocale().name());
        // The sheet's own words are translated too, not only the routine's.
        EXPECT_FALSE(text.contains(QStringLiteral("Tick off your sessions")));
        EXPECT_FALSE(text.contains(QStringLiteral("on each leg")));
        EXPECT_TRUE(text.contains(Words::slot(Slot::Evening)));
        expectPicturesDrawn(sheet, dir);
    }
}

TEST(ExerciseSheet, ShowsTheProgramInForce) {
    FOOTCOACH_REQUIRE(havePoppler(), "pdftotext (poppler-utils)");
    InLanguage english(QStringLiteral("en"));
    TestDataDir dir;
    ProgramOverrides program;
    program.reps = 2;
    program.holdSeconds = 30;
    const Routine routine = program.appliedTo(RoutineLoader::builtIn());
    const QString text = pdfText(writeSheet(dir, routine).pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("2 times on each leg · hold each stretch 30 s")));
    EXPECT_FALSE(text.contains(QStringLiteral("3 times on each leg")));
}

TEST(ExerciseSheet, CustomRoutineWithItsOwnPicture) {
    FOOTCOACH_REQUIRE(havePoppler(), "pdftotext, pdfinfo and pdftoppm (poppler-utils)");
    InLanguage english(QStringLiteral("en"));
    TestDataDir dir;
    dir.write(QStringLiteral("toes.svg"),
              "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 30'>"
              "<rect x='5' y='5' width='30' height='20' fill='#1f2933'/></svg>");
    const QString file = dir.write(
        QStringLiteral("toes.json"),
        R"({"format": "footcoach-routine", "version": 1, "id": "toes", "title": "Toe curls",
            "exercises": [{"id": "curl", "title": "Towel curl", "sides": ["left"], "reps": 1,
              "holdSeconds": 10, "steps": [
                {"text": "Put a towel under your left foot.", "illustration": "toes.svg"},
                {"text": "Curl your toes to pull the towel in."}]}]})");
    RoutineResult loaded = RoutineLoader::loadFile(file);
    ASSERT_TRUE(std::holds_alternative<Routine>(loaded));
    const Routine routine = std::get<Routine>(loaded);
    const WrittenSheet sheet = writeSheet(dir, routine, QPageSize(QPageSize::Letter));
    EXPECT_EQ(pdfPages(sheet.pdf), 1);
    const QString text = pdfText(sheet.pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Toe curls")));
    expectEveryMoveAndStep(routine, text, QStringLiteral("en"));
    EXPECT_TRUE(text.contains(QStringLiteral("1 time, left leg only · hold each stretch 10 s")))
        << text.toStdString();
    // Its one picture, and only that one: the step without a picture gets words alone.
    ASSERT_EQ(sheet.layout.pictures.size(), 1);
    expectPicturesDrawn(sheet, dir);
}

TEST(ExerciseSheet, PaperFollowsTheLocale) {
    EXPECT_EQ(PaperSize::forLocale(QLocale(QLocale::English, QLocale::UnitedStates)).id(),
              QPageSize::Letter);
    EXPECT_EQ(PaperSize::forLocale(QLocale(QLocale::French, QLocale::Canada)).id(),
              QPageSize::Letter);
    EXPECT_EQ(PaperSize::forLocale(QLocale(QLocale::Spanish, QLocale::Mexico)).id(),
              QPageSize::Letter);
    EXPECT_EQ(PaperSize::forLocale(QLocale(QLocale::Spanish, QLocale::Spain)).id(), QPageSize::A4);
    EXPECT_EQ(PaperSize::forLocale(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
    EXPECT_EQ(PaperSize::forLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(),
              QPageSize::A4);
}
