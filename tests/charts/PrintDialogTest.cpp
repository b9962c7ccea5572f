// The print dialog: the choice of days worked out from the injected clock, and Save as PDF…
// offscreen through the real dialogs (the file dialog in Documents with the range in the
// name, the PDF written and its text read back with pdftotext, the offer to open it). Also the
// History screen's "Print report…" button.
#include "FakeClock.h"
#include "Prerequisite.h"
#include "TestDataDir.h"
#include "charts/ChartsPlugin.h"
#include "charts/history/ChartsHistoryScreen.h"
#include "charts/print/PrintChoiceDialog.h"
#include "charts/print/ReportRangeBox.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/RoutineLoader.h"
#include "services/settings/AppSettings.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace footcoach;
using namespace footcoach::test;

namespace {

// Tuesday 1 December 2026, 10:00 UTC: the morning slot is open.
const QDateTime kNow(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);

QDate todayOn(const WallClock& clock, const TimeZoneProvider& zone) {
    return clock.nowUtc().toTimeZone(zone.zone()).date();
}

// Runs step once a modal window of type T is up (inside that window's exec()). Until it is,
// the check is posted again, so it never waits inside another window's event loop.
template <typename T> void whenModal(std::function<void(T*)> step, int triesLeft = 500) {
    QTimer::singleShot(triesLeft == 500 ? 0 : 20, qApp, [step, triesLeft] {
        if (auto* window = qobject_cast<T*>(QApplication::activeModalWidget()))
            step(window);
        else if (triesLeft > 0)
            whenModal<T>(step, triesLeft - 1);
        else
            ADD_FAILURE() << "no " << T::staticMetaObject.className() << " appeared";
    });
}

} // namespace

TEST(ReportRange, PresetsFromTheClock) {
    FakeWallClock clock(kNow);
    FakeTimeZone zone;
    const QDate today = todayOn(clock, zone);
    using P = ReportRange::Preset;
    const ReportRange four = ReportRange::make(P::LastFourWeeks, today);
    EXPECT_EQ(four.from, QDate(2026, 11, 9)); // Monday three weeks before this week's
    EXPECT_EQ(four.to, QDate(2026, 12, 1));
    EXPECT_EQ(four.fileName(), QStringLiteral("footcoach-report-2026-11-09-to-2026-12-01.pdf"));
    const ReportRange three = ReportRange::make(P::LastThreeMonths, today);
    EXPECT_EQ(three.from, QDate(2026, 9, 1));
    EXPECT_EQ(three.to, today);
    const ReportRange since = ReportRange::make(P::Since, today, QDate(2026, 11, 3));
    EXPECT_EQ(since.fileName(), QStringLiteral("footcoach-report-2026-11-03-to-2026-12-01.pdf"));
    const ReportRange custom =
        ReportRange::make(P::Custom, today, QDate(2026, 10, 5), QDate(2026, 10, 18));
    EXPECT_TRUE(custom.isValid());
    EXPECT_EQ(custom.to, QDate(2026, 10, 18));
    EXPECT_FALSE(
        ReportRange::make(P::Custom, today, QDate(2026, 10, 18), QDate(2026, 10, 5)).isValid());

    // A day later on the clock, the presets move with it; in a zone ahead of UTC "today" is
    // already the next day.
    clock.set(kNow.addDays(1));
    EXPECT_EQ(ReportRange::make(P::LastThreeMonths, todayOn(clock, zone)).from, QDate(2026, 9, 2));
    clock.set(QDateTime(QDate(2026, 12, 6), QTime(23, 30), Qt::UTC)); // Sunday night in UTC
    zone.set(QTimeZone("Europe/Berlin"));                             // Monday in Berlin
    EXPECT_EQ(ReportRange::make(P::LastFourWeeks, todayOn(clock, zone)).from, QDate(2026, 11, 16));
}

TEST(ReportRangeBox, ChoicesGiveTheirDaysAndRefuseOutOfOrder) {
    ReportRangeBox box(QDate(2026, 12, 1));
    QSignalSpy changed(&box, &ReportRangeBox::changed);
    EXPECT_EQ(box.preset(), ReportRange::Preset::LastFourWeeks);
    EXPECT_EQ(box.range().from, QDate(2026, 11, 9));
    box.choose(ReportRange::Preset::LastThreeMonths);
    EXPECT_EQ(box.range().from, QDate(2026, 9, 1));
    // Changing the day after "Since" chooses it.
    box.sinceEdit()->setDate(QDate(2026, 11, 3));
    EXPECT_EQ(box.preset(), ReportRange::Preset::Since);
    EXPECT_EQ(box.range().fileName(),
              QStringLiteral("footcoach-report-2026-11-03-to-2026-12-01.pdf"));
    // No day after today can be chosen.
    box.sinceEdit()->setDate(QDate(2027, 1, 1));
    EXPECT_EQ(box.sinceEdit()->date(), QDate(2026, 12, 1));
    box.fromEdit()->setDate(QDate(2026, 11, 20));
    EXPECT_EQ(box.preset(), ReportRange::Preset::Custom);
    box.toEdit()->setDate(QDate(2026, 11, 10));
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_FALSE(changed.last().at(0).toBool());
    EXPECT_FALSE(box.range().isValid());
    box.toEdit()->setDate(QDate(2026, 11, 30));
    EXPECT_TRUE(changed.last().at(0).toBool());
    EXPECT_TRUE(box.summary()->text().contains(QStringLiteral("11 days")))
        << box.summary()->text().toStdString();
}

TEST(PrintDialog, SaveAsPdfWritesTheReportInDocumentsAndOffersToOpenIt) {
    FOOTCOACH_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                      "pdftotext (poppler-utils)");
    TestDataDir data;
    FakeWallClock clock(kNow);
    FakeTimeZone zone;
    HistoryStore store(data.path(), clock);
    ASSERT_TRUE(store.open());
    const Routine routine = RoutineLoader::builtIn();
    const ReportSources sources{store, store, routine, clock, zone, Schedule{}};
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString target = data.file(QStringLiteral("chosen.pdf"));
    QString suggested;
    QString suggestedFolder;
    QList<QUrl> opened;
    QString status;

    whenModal<PrintChoiceDialog>([&](PrintChoiceDialog* dialog) {
        dialog->setFileOpener([&opened](const QUrl& url) {
            opened << url;
            return true;
        });
        auto* range = dialog->findChild<ReportRangeBox*>();
        ASSERT_NE(range, nullptr);
        range->choose(ReportRange::Preset::Since);
        range->sinceEdit()->setDate(QDate(2026, 11, 3));
        whenModal<QFileDialog>([&](QFileDialog* files) {
            suggestedFolder = files->directory().absolutePath();
            suggested = files->selectedFiles().value(0);
            files->selectFile(target);
            whenModal<QMessageBox>([](QMessageBox* question) {
                for (QAbstractButton* b : question->buttons())
                    if (question->buttonRole(b) == QMessageBox::AcceptRole)
                        b->click();
            });
            static_cast<QDialog*>(files)->accept(); // as the Save button does
        });
        dialog->saveButton()->click();
        status = dialog->status()->text();
        dialog->reject();
    });
    ChartsPlugin().printReport(sources, nullptr);

    EXPECT_EQ(QDir(suggestedFolder), QDir(documents));
    EXPECT_TRUE(suggested.endsWith(QStringLiteral("footcoach-report-2026-11-03-to-2026-12-01.pdf")))
        << suggested.toStdString();
    ASSERT_TRUE(QFile::exists(target));
    EXPECT_EQ(opened, QList<QUrl>{QUrl::fromLocalFile(target)});
    EXPECT_TRUE(status.contains(QStringLiteral("chosen.pdf"))) << status.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {target, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    EXPECT_TRUE(words.contains(QStringLiteral("Period: 3 November 2026 to 1 December 2026")))
        << words.toStdString();
}

TEST(PrintDialog, TheExerciseSheetSavesAsPdfToo) {
    TestDataDir data;
    const Routine routine = RoutineLoader::builtIn();
    const QString target = data.file(QStringLiteral("sheet.pdf"));
    QString suggested;
    whenModal<PrintChoiceDialog>([&](PrintChoiceDialog* dialog) {
        // No choice of days for the sheet.
        EXPECT_EQ(dialog->findChild<ReportRangeBox*>(), nullptr);
        whenModal<QFileDialog>([&](QFileDialog* files) {
            suggested = files->selectedFiles().value(0);
            files->selectFile(target);
            whenModal<QMessageBox>([](QMessageBox* question) { question->reject(); });
            static_cast<QDialog*>(files)->accept(); // as the Save button does
        });
        dialog->saveButton()->click();
        dialog->reject();
    });
    ChartsPlugin().printExerciseSheet(routine, nullptr);
    EXPECT_TRUE(suggested.endsWith(QStringLiteral("footcoach-exercise-sheet.pdf")));
    QFile pdf(target);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
}

TEST(PrintDialog, HistoryScreenHasThePrintButton) {
    TestDataDir data;
    FakeWallClock clock(kNow);
    FakeTimeZone zone;
    HistoryStore store(data.path(), clock);
    ASSERT_TRUE(store.open());
    AppSettings settings(data.file(QStringLiteral("settings.ini")));
    ChartsHistoryScreen screen(store, clock, zone, settings, RoutineLoader::builtIn());
    QSignalSpy asked(&screen, &HistoryScreen::reportRequested);
    ASSERT_NE(screen.printButton(), nullptr);
    EXPECT_FALSE(screen.printButton()->accessibleDescription().isEmpty());
    screen.printButton()->click();
    EXPECT_EQ(asked.size(), 1);
}
