// Every change to what the user is asked to do is noted once, with its date and what it
// replaced, and told in plain words in English, German and Spanish; nothing is noted when
// nothing changed, a first start included.
#include "services/settings/PrescriptionRecorder.h"
#include "FakeClock.h"
#include "InLanguage.h"
#include "TestDataDir.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/RoutineLoader.h"
#include "footcoach/Words.h"
#include "services/history/ReportBuilder.h"
#include "services/settings/AppSettings.h"
#include "services/settings/Localization.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace footcoach;
using namespace footcoach::test;

namespace {

const QDate kFirst(2026, 11, 2);

class PrescriptionRecorderTest : public ::testing::Test {
protected:
    TestDataDir m_dir;
    FakeWallClock m_clock{QDateTime(kFirst, QTime(9, 0), Qt::UTC)};
    HistoryStore m_store{m_dir.path(), m_clock};
    PrescriptionRecorder m_recorder{m_store};
    Routine m_builtIn = RoutineLoader::builtIn();

    void SetUp() override { ASSERT_TRUE(m_store.open()); }

    // The built-in routine's file, changed by edit, saved as my-routine.json and loaded back.
    Routine routineFile(const std::function<void(QJsonObject&)>& edit) {
        QFile builtIn(QStringLiteral(":/routines/numb-feet-stretches.json"));
        EXPECT_TRUE(builtIn.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(builtIn.readAll()).object();
        edit(json);
        QFile file(myRoutine());
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        file.close();
        RoutineResult loaded = RoutineLoader::loadFile(myRoutine());
        EXPECT_TRUE(std::holds_alternative<Routine>(loaded));
        return std::get<Routine>(loaded);
    }
    QString myRoutine() const { return m_dir.file(QStringLiteral("my-routine.json")); }

    // Recorded once: a second time with the same program adds nothing.
    void recordOnce(const Prescription& p, const QDate& day) {
        const qsizetype before = m_store.prescriptionChanges().size();
        EXPECT_TRUE(m_recorder.record(p, day));
        EXPECT_FALSE(m_recorder.record(p, day));
        EXPECT_FALSE(m_recorder.record(p, day.addDays(1)));
        EXPECT_EQ(m_store.prescriptionChanges().size(), before + 1);
    }

    QStringList changeLines() const {
        return ReportBuilder::build(m_store, m_store, m_builtIn, {QDate(2027, 1, 1), Slot::Morning},
                                    kFirst, QDate(2027, 1, 1))
            .changeLines;
    }
};

TEST_F(PrescriptionRecorderTest, AFirstStartWithTheBuiltInRoutineRecordsNoChange) {
    EXPECT_FALSE(m_recorder.record(Prescription::of(m_builtIn, {}), kFirst));
    // Started again, the next day and the next week: still nothing changed.
    EXPECT_FALSE(m_recorder.record(Prescription::of(m_builtIn, {}), kFirst.addDays(1)));
    EXPECT_FALSE(
        m_recorder.record(Prescription::of(RoutineLoader::builtIn(), {}), kFirst.addDays(7)));
    const QList<PrescriptionChange> records = m_store.prescriptionChanges();
    ASSERT_EQ(records.size(), 1);
    EXPECT_FALSE(records[0].isChange());
    EXPECT_TRUE(changeLines().isEmpty());
    // What is kept is the program itself, not the internal names of a change.
    const Prescription kept = Prescription::fromJson(records[0].detailsJson, records[0].routineId,
                                                     records[0].routineVersion);
    EXPECT_TRUE(kept.sameDemand(Prescription::of(m_builtIn, {})));
    EXPECT_EQ(kept.moves.size(), 3);
}

TEST_F(PrescriptionRecorderTest, EachKindOfChangeIsRecordedOnceAndToldInThreeLanguages) {
    m_recorder.record(Prescription::of(m_builtIn, {}), kFirst);
    // Settings > Program: fewer repetitions, then a shorter hold.
    ProgramOverrides two;
    two.reps = 2;
    recordOnce(Prescription::of(two.appliedTo(m_builtIn), {}), QDate(2026, 12, 1));
    ProgramOverrides shorter = two;
    shorter.holdSeconds = 15;
    recordOnce(Prescription::of(shorter.appliedTo(m_builtIn), {}), QDate(2026, 12, 2));
    // A routine file of the user's own, then its content changed under the same id.
    Routine mine = routineFile([](QJsonObject& r) { r[QStringLiteral("id")] = "my-routine"; });
    recordOnce(Prescription::of(shorter.appliedTo(mine), myRoutine()), QDate(2026, 12, 3));
    mine = routineFile([](QJsonObject& r) {
        r[QStringLiteral("id")] = "my-routine";
        QJsonArray moves = r[QStringLiteral("exercises")].toArray();
        QJsonObject calf = moves[0].toObject();
        calf[QStringLiteral("reps")] = 4;
        moves[0] = calf;
        r[QStringLiteral("exercises")] = moves;
    });
    ProgramOverrides onlyHold;
    onlyHold.holdSeconds = 15;
    recordOnce(Prescription::of(onlyHold.appliedTo(mine), myRoutine()), QDate(2026, 12, 4));
    // Back to the built-in routine, then a new version of it.
    recordOnce(Prescription::of(m_builtIn, {}), QDate(2026, 12, 5));
    Routine newer = m_builtIn;
    newer.version = 2;
    recordOnce(Prescription::of(newer, {}), QDate(2026, 12, 6));

    const struct {
        const char* language;
        QStringList lines;
    } cases[] = {
        {"en",
         {"From December 1, 2026: 2 times on each leg (was 3)",
          "From December 2, 2026: hold 15 s (was 20 s)",
          "From December 3, 2026: routine file my-routine.json (was the built-in)",
          "From December 4, 2026: Calf stretch: 4 times on each leg (was 2); Seated hamstring "
          "stretch: 3 times on each leg (was 2); Plantar fascia stretch: 3 times on each leg "
          "(was 2)",
          "From December 5, 2026: the built-in routine (was routine file my-routine.json); hold "
          "20 s (was 15 s); Calf stretch: 3 times on each leg (was 4)",
          "From December 6, 2026: a new version of the built-in routine (version 2, was 1)"}},
        {"de",
         {"Ab 1. Dezember 2026: 2-mal pro Bein (vorher 3)",
          "Ab 2. Dezember 2026: 15 s halten (vorher 20 s)",
          "Ab 3. Dezember 2026: Übungsdatei my-routine.json (vorher die mitgelieferte "
          "Übungsfolge)",
          "Ab 4. Dezember 2026: Wadendehnung: 4-mal pro Bein (vorher 2); Dehnung der "
          "Oberschenkelrückseite im Sitzen: 3-mal pro Bein (vorher 2); Dehnung der Plantarfaszie: "
          "3-mal pro Bein (vorher 2)",
          "Ab 5. Dezember 2026: die mitgelieferte Übungsfolge (vorher Datei my-routine.json); "
          "20 s halten (vorher 15 s); Wadendehnung: 3-mal pro Bein (vorher 4)",
          "Ab 6. Dezember 2026: eine neue Fassung der mitgelieferten Übungsfolge (Fassung 2, "
          "vorher 1)"}},
        {"es",
         {"Desde el 1 de diciembre de 2026: 2 veces en cada pierna (antes 3)",
          "Desde el 2 de diciembre de 2026: mantener 15 s (antes 20 s)",
          "Desde el 3 de diciembre de 2026: archivo de rutina my-routine.json (antes la rutina "
          "incluida)",
          "Desde el 4 de diciembre de 2026: Estiramiento de gemelos: 4 veces en cada pierna "
          "(antes 2); Estiramiento de isquiotibiales sentado: 3 veces en cada pierna (antes 2); "
          "Estiramiento de la fascia plantar: 3 veces en cada pierna (antes 2)",
          "Desde el 5 de diciembre de 2026: la rutina incluida (antes el archivo my-routine.json); "
          "mantener 20 s (antes 15 s); Estiramiento de gemelos: 3 veces en cada pierna (antes 4)",
          "Desde el 6 de diciembre de 2026: una nueva versión de la rutina incluida (versión 2, "
          "antes 1)"}},
    };
    for (const auto& c : cases) {
        const InLanguage in(QString::fromLatin1(c.language));
        const QStringList lines = changeLines();
        ASSERT_EQ(lines.size(), 6)
            << c.language << ": " << lines.join(QLatin1Char('\n')).toStdString();
        for (int i = 0; i < int(c.lines.size()); ++i)
            EXPECT_EQ(lines[i].toStdString(), c.lines[i].toStdString()) << c.language;
        // No internal names in any language.
        for (const QString& line : lines) {
            for (const char* internal : {"restSeconds", "routineFile", "holdSeconds", "reps "})
                EXPECT_FALSE(line.contains(QLatin1String(internal))) << line.toStdString();
        }
    }
}

TEST_F(PrescriptionRecorderTest, TheProgramInForceIsTheOneOfThatDay) {
    m_recorder.record(Prescription::of(m_builtIn, {}), kFirst);
    ProgramOverrides two;
    two.reps = 2;
    m_recorder.record(Prescription::of(two.appliedTo(m_builtIn), {}), QDate(2026, 12, 1));
    const QList<PrescriptionChange> records = m_store.prescriptionChanges();
    EXPECT_FALSE(PrescriptionRecorder::inForce(records, kFirst.addDays(-1)));
    EXPECT_EQ(PrescriptionRecorder::inForce(records, QDate(2026, 11, 30))->reps, 3);
    EXPECT_EQ(PrescriptionRecorder::inForce(records, QDate(2026, 12, 1))->reps, 2);
    const QList<PlannedMove> planned = PrescriptionRecorder::plannedMoves(two.appliedTo(m_builtIn));
    ASSERT_EQ(planned.size(), 3);
    EXPECT_EQ(planned[1], (PlannedMove{QStringLiteral("seated-hamstring-stretch"), 1, 2, 2, 20}));
}

} // namespace
