// The history's and the routine loader's messages reach the user in the interface language.
#include "FakeClock.h"
#include "InLanguage.h"
#include "TestDataDir.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/RoutineLoader.h"
#include "services/settings/Localization.h"

#include <QCoreApplication>
#include <QFile>
#include <gtest/gtest.h>

using namespace footcoach;
using footcoach::test::InLanguage;

TEST(MessageLanguage, ARoutineProblemIsToldInSpanish) {
    const InLanguage spanish(QStringLiteral("es"));
    const RoutineResult result =
        RoutineLoader::loadData(R"({"format": "footcoach-routine", "version": 1})", "mía.json");
    const auto* error = std::get_if<RoutineError>(&result);
    ASSERT_NE(error, nullptr);
    // The file and the JSON path stay as they are; the problem is in Spanish.
    EXPECT_TRUE(error->message().startsWith(QStringLiteral("mía.json: ")));
    EXPECT_TRUE(error->message().contains(QStringLiteral("$.id")));
    EXPECT_TRUE(error->message().contains(QStringLiteral("falta")))
        << error->message().toStdString();
}

TEST(MessageLanguage, ADamagedHistoryIsToldInSpanish) {
    const InLanguage spanish(QStringLiteral("es"));
    test::TestDataDir dir;
    QFile empty(dir.file(QStringLiteral("history.db")));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    test::FakeWallClock clock;
    HistoryStore store(dir.path(), clock);
    ASSERT_TRUE(store.open());
    const QStringList notices = store.takeNotices();
    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(notices[0].contains(QStringLiteral("historial"))) << notices[0].toStdString();
    EXPECT_TRUE(notices[0].contains(QStringLiteral("history.db.corrupt-")));
    EXPECT_FALSE(notices[0].contains(QStringLiteral("FootCoach could not")));
}
