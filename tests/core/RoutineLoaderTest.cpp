#include "footcoach/RoutineLoader.h"
#include "TestDataDir.h"
#include "footcoach/SessionPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace footcoach;

namespace {

QJsonObject validRoutine() {
    QJsonObject step{{"text", "Do the thing."}, {"illustration", "calf-1"}};
    QJsonObject exercise{
        {"id", "calf"},     {"title", "Calf"},          {"sides", QJsonArray{"left", "right"}},
        {"reps", 3},        {"holdSeconds", 20},        {"minHoldSeconds", 15},
        {"restSeconds", 5}, {"steps", QJsonArray{step}}};
    return QJsonObject{{"format", "footcoach-routine"},
                       {"version", 1},
                       {"id", "test"},
                       {"title", "Test"},
                       {"prepareSeconds", 5},
                       {"exercises", QJsonArray{exercise}}};
}

QByteArray bytes(const QJsonObject& o) {
    return QJsonDocument(o).toJson();
}

RoutineError expectError(const QByteArray& data) {
    const RoutineResult result = RoutineLoader::loadData(data, QStringLiteral("my-routine.json"));
    EXPECT_TRUE(std::holds_alternative<RoutineError>(result))
        << "expected the routine to be refused";
    if (auto* error = std::get_if<RoutineError>(&result))
        return *error;
    return {};
}

// Applies an edit to the first exercise of a valid routine.
QByteArray withExercise(const std::function<void(QJsonObject&)>& edit) {
    QJsonObject root = validRoutine();
    QJsonArray exercises = root["exercises"].toArray();
    QJsonObject e = exercises[0].toObject();
    edit(e);
    exercises[0] = e;
    root["exercises"] = exercises;
    return bytes(root);
}

} // namespace

TEST(RoutineLoader, BuiltInRoutineIsTheSeedProgram) {
    const Routine r = RoutineLoader::builtIn();
    ASSERT_EQ(r.exercises.size(), 3);
    EXPECT_EQ(r.exercises[0].id, "calf-stretch");
    EXPECT_EQ(r.exercises[1].id, "seated-hamstring-stretch");
    EXPECT_EQ(r.exercises[2].id, "plantar-fascia-stretch");
    int steps = 0;
    for (const Exercise& e : r.exercises) {
        EXPECT_EQ(e.reps, 3);
        EXPECT_EQ(e.holdSeconds, 20);
        EXPECT_EQ(e.minHoldSeconds, 15);
        EXPECT_EQ(e.sides, (QList<Side>{Side::Left, Side::Right}));
        for (const Step& s : e.steps)
            EXPECT_FALSE(s.illustration.isEmpty());
        steps += static_cast<int>(e.steps.size());
    }
    EXPECT_EQ(steps, 8);
    EXPECT_EQ(r.totalHolds(), 18);
}

TEST(RoutineLoader, BuiltInExpandsToEighteenHoldsInAboutEightMinutes) {
    const SessionPlan plan(RoutineLoader::builtIn());
    EXPECT_EQ(plan.holdCount(), 18);
    // 5 s get ready; per exercise and leg 8 s to get in position, 3 x 20 s holds, 2 x 5 s rests.
    EXPECT_EQ(plan.totalSeconds(), 5 + 3 * 2 * (8 + 3 * 20 + 2 * 5));
    EXPECT_GE(plan.totalSeconds(), 5 * 60);
    EXPECT_LE(plan.totalSeconds(), 10 * 60);
}

TEST(RoutineLoader, ValidFileLoadsWithDefaults) {
    test::TestDataDir dir;
    QJsonObject root = validRoutine();
    root.remove("prepareSeconds");
    const QString path = dir.write("r.json", bytes(root));
    const RoutineResult result = RoutineLoader::loadFile(path);
    ASSERT_TRUE(std::holds_alternative<Routine>(result))
        << std::get<RoutineError>(result).message().toStdString();
    const Routine& r = std::get<Routine>(result);
    EXPECT_EQ(r.prepareSeconds, 5);
    EXPECT_EQ(r.exercises[0].positionSeconds, 8);
    EXPECT_EQ(r.exercises[0].steps[0].illustration, "calf-1");
}

TEST(RoutineLoader, StepWithoutIllustrationAndTranslationsLoad) {
    const QByteArray data = withExercise([](QJsonObject& e) {
        e["titleTranslations"] = QJsonObject{{"de", "Wade"}, {"pt_BR", "Panturrilha"}};
        e["steps"] = QJsonArray{QJsonObject{
            {"text", "Only words."}, {"textTranslations", QJsonObject{{"es", "Solo palabras."}}}}};
    });
    const RoutineResult result = RoutineLoader::loadData(data, "r.json");
    ASSERT_TRUE(std::holds_alternative<Routine>(result));
    const Exercise& e = std::get<Routine>(result).exercises[0];
    EXPECT_TRUE(e.steps[0].illustration.isEmpty());
    EXPECT_EQ(e.title.forLocale("de_AT"), "Wade");
    EXPECT_EQ(e.title.forLocale("pt_BR"), "Panturrilha");
    EXPECT_EQ(e.title.forLocale("fr_FR"), "Calf");
    EXPECT_EQ(e.steps[0].text.forLocale("es_ES"), "Solo palabras.");
}

struct BadCase {
    const char* name;
    QByteArray data;
    const char* path;
    const char* problem;
};

class RoutineLoaderBadInput : public ::testing::TestWithParam<BadCase> {};

TEST_P(RoutineLoaderBadInput, IsRefusedWithFilePathAndProblem) {
    const BadCase& c = GetParam();
    const RoutineError error = expectError(c.data);
    EXPECT_EQ(error.file, "my-routine.json");
    EXPECT_EQ(error.jsonPath, QString::fromLatin1(c.path));
    EXPECT_TRUE(error.problem.contains(QString::fromLatin1(c.problem)))
        << "problem was: " << error.problem.toStdString();
    EXPECT_TRUE(error.message().contains("my-routine.json"));
}

QByteArray deepNesting() {
    QByteArray inner = "1";
    for (int i = 0; i < 40; ++i)
        inner = "[" + inner + "]";
    QByteArray b = bytes(validRoutine());
    b.replace("\"prepareSeconds\": 5", "\"_deep\": " + inner + ", \"prepareSeconds\": 5");
    return b;
}

QByteArray withRoot(const std::function<void(QJsonObject&)>& edit) {
    QJsonObject root = validRoutine();
    edit(root);
    return bytes(root);
}

INSTANTIATE_TEST_SUITE_P(
    AllClasses, RoutineLoaderBadInput,
    ::testing::Values(
        BadCase{"BadJson", "{ \"format\": ", "", "not valid JSON"},
        BadCase{"NotAnObject", "[1, 2]", "$", "must be an object"},
        BadCase{"WrongFormat", withRoot([](QJsonObject& r) { r["format"] = "other-app"; }),
                "$.format", "footcoach-routine"},
        BadCase{"MissingFormat", withRoot([](QJsonObject& r) { r.remove("format"); }), "$.format",
                "missing"},
        BadCase{"NewerVersion", withRoot([](QJsonObject& r) { r["version"] = 2; }), "$.version",
                "newer FootCoach"},
        BadCase{"VersionNotNumber", withRoot([](QJsonObject& r) { r["version"] = "1"; }),
                "$.version", "must be a number"},
        BadCase{"EmptyTitle", withRoot([](QJsonObject& r) { r["title"] = "  "; }), "$.title",
                "must not be empty"},
        BadCase{"RepsZero", withExercise([](QJsonObject& e) { e["reps"] = 0; }),
                "$.exercises[0].reps", "between 1 and 20"},
        BadCase{"RepsString", withExercise([](QJsonObject& e) { e["reps"] = "3"; }),
                "$.exercises[0].reps", "must be a number"},
        BadCase{"RepsFraction", withExercise([](QJsonObject& e) { e["reps"] = 2.5; }),
                "$.exercises[0].reps", "whole number"},
        BadCase{"HoldTooLong", withExercise([](QJsonObject& e) { e["holdSeconds"] = 601; }),
                "$.exercises[0].holdSeconds", "between 1 and 600"},
        BadCase{"NegativeRest", withExercise([](QJsonObject& e) { e["restSeconds"] = -1; }),
                "$.exercises[0].restSeconds", "between 0 and 600"},
        BadCase{"MinAboveHold", withExercise([](QJsonObject& e) { e["minHoldSeconds"] = 30; }),
                "$.exercises[0].minHoldSeconds", "between 1 and 20"},
        BadCase{"BadSide", withExercise([](QJsonObject& e) { e["sides"] = QJsonArray{"up"}; }),
                "$.exercises[0].sides[0]", "\"left\""},
        BadCase{"SameSideTwice", withExercise([](QJsonObject& e) {
                    e["sides"] = QJsonArray{"left", "left"};
                }),
                "$.exercises[0].sides[1]", "same side"},
        BadCase{"BothWithSide", withExercise([](QJsonObject& e) {
                    e["sides"] = QJsonArray{"both", "left"};
                }),
                "$.exercises[0].sides", "cannot be combined"},
        BadCase{"MissingSteps", withExercise([](QJsonObject& e) { e.remove("steps"); }),
                "$.exercises[0].steps", "missing"},
        BadCase{"EmptySteps", withExercise([](QJsonObject& e) { e["steps"] = QJsonArray{}; }),
                "$.exercises[0].steps", "at least 1"},
        BadCase{"StepWithoutText", withExercise([](QJsonObject& e) {
                    e["steps"] = QJsonArray{QJsonObject{{"illustration", "x"}}};
                }),
                "$.exercises[0].steps[0].text", "missing"},
        BadCase{"UnknownKey", withExercise([](QJsonObject& e) { e["hodlSeconds"] = 20; }),
                "$.exercises[0].hodlSeconds", "unknown key"},
        BadCase{"BadLanguage", withExercise([](QJsonObject& e) {
                    e["titleTranslations"] = QJsonObject{{"German", "Wade"}};
                }),
                "$.exercises[0].titleTranslations.German", "language code"},
        BadCase{"NoExercises", withRoot([](QJsonObject& r) { r["exercises"] = QJsonArray{}; }),
                "$.exercises", "at least 1"},
        BadCase{"BadId", withRoot([](QJsonObject& r) { r["id"] = "My Routine!"; }), "$.id",
                "lower-case"},
        BadCase{"TooDeep", deepNesting(), "$", "nesting is deeper"}),
    [](const ::testing::TestParamInfo<BadCase>& param) { return std::string(param.param.name); });

// Language codes are two or three lower-case letters, optionally '_' and a two-letter region.
TEST(RoutineLoader, LanguageCodesAreCheckedLetterByLetter) {
    const auto accepted = [](const QString& code) {
        const QByteArray data = withExercise([&](QJsonObject& e) {
            e["titleTranslations"] = QJsonObject{{code, "Wade"}};
        });
        return std::holds_alternative<Routine>(RoutineLoader::loadData(data, "r.json"));
    };
    for (const char* good : {"de", "deu", "pt_BR", "es_MX", "fil"})
        EXPECT_TRUE(accepted(QString::fromLatin1(good))) << good;
    for (const char* bad : {"d", "dddd", "DE", "De", "de_br", "de_BRA", "de_B", "de_", "_BR",
                            "de-BR", "pt_BR_x", "d1", "é"})
        EXPECT_FALSE(accepted(QString::fromUtf8(bad))) << bad;
}

// Ids begin with a lower-case letter or a digit, then those, '.', '_' and '-'.
TEST(RoutineLoader, IdsAreCheckedLetterByLetter) {
    const auto accepted = [](const QString& id) {
        QJsonObject root = validRoutine();
        root["id"] = id;
        return std::holds_alternative<Routine>(RoutineLoader::loadData(bytes(root), "r.json"));
    };
    for (const char* good : {"a", "7", "calf-1", "my.routine_2", "x-"})
        EXPECT_TRUE(accepted(QString::fromLatin1(good))) << good;
    for (const char* bad : {".a", "-a", "_a", "Calf", "calf stretch", "calf/1", "ä"})
        EXPECT_FALSE(accepted(QString::fromUtf8(bad))) << bad;
}

TEST(RoutineLoader, DuplicateExerciseIdsAreRefused) {
    QJsonObject root = validRoutine();
    QJsonArray exercises = root["exercises"].toArray();
    exercises.append(exercises[0]);
    root["exercises"] = exercises;
    const RoutineError error = expectError(bytes(root));
    EXPECT_EQ(error.jsonPath, "$.exercises[1].id");
    EXPECT_TRUE(error.problem.contains("earlier exercise"));
}

TEST(RoutineLoader, FilesOverOneMebibyteAreRefused) {
    test::TestDataDir dir;
    QByteArray big = bytes(validRoutine());
    big.insert(1, "\"_pad\": \"" + QByteArray(1024 * 1024, 'x') + "\", ");
    const QString path = dir.write("huge.json", big);
    const RoutineResult result = RoutineLoader::loadFile(path);
    ASSERT_TRUE(std::holds_alternative<RoutineError>(result));
    EXPECT_EQ(std::get<RoutineError>(result).file, path);
    EXPECT_TRUE(std::get<RoutineError>(result).problem.contains("1 MiB"));
}

TEST(RoutineLoader, MissingFileIsNamed) {
    const RoutineResult result = RoutineLoader::loadFile("/nonexistent/routine.json");
    ASSERT_TRUE(std::holds_alternative<RoutineError>(result));
    EXPECT_TRUE(std::get<RoutineError>(result).message().contains("/nonexistent/routine.json"));
}

TEST(RoutineLoader, ArbitraryBytesNeverCrash) {
    // Truncations of a valid file: every prefix must be either refused cleanly or valid.
    const QByteArray valid = bytes(validRoutine()).trimmed();
    for (qsizetype n = 0; n < valid.size(); ++n) {
        const RoutineResult r = RoutineLoader::loadData(valid.left(n), "cut.json");
        EXPECT_TRUE(std::holds_alternative<RoutineError>(r)) << "prefix " << n;
    }
}
