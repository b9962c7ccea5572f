#include "services/settings/AppSettings.h"
#include "TestDataDir.h"

#include <QSettings>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace footcoach;

namespace {

// Another process writing the settings (footcoach --reminders): a QSettings of its own.
void writeElsewhere(const QString& path, const QString& key, const QVariant& value) {
    QSettings other(path, QSettings::IniFormat);
    other.setValue(key, value);
    other.sync();
}

} // namespace

// The data folder's watcher fires for every file made, renamed or removed there: the history's
// lock and the backups too, and the app's own writes. A reload then re-plans the reminders on
// the GUI thread, so only a file that really changed may say so.
TEST(AppSettings, AReloadWithTheFileUnchangedTellsNothing) {
    test::TestDataDir dir;
    const QString path = dir.file("settings.ini");
    writeElsewhere(path, "app/muted", true);
    AppSettings settings(path);
    QSignalSpy schedule(&settings, &AppSettings::scheduleChanged);
    QSignalSpy audio(&settings, &AppSettings::audioChanged);
    dir.write("history.db.lock", "");
    settings.reload();
    EXPECT_EQ(schedule.count(), 0);
    EXPECT_EQ(audio.count(), 0);
}

TEST(AppSettings, ItsOwnWriteIsNoChangeFromOutside) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    settings.setMuted(true);
    QSignalSpy audio(&settings, &AppSettings::audioChanged);
    settings.reload(); // what the watcher does after the app's own write
    EXPECT_EQ(audio.count(), 0);
    EXPECT_TRUE(settings.muted());
}

TEST(AppSettings, AChangeByAnotherProcessIsReadAndTold) {
    test::TestDataDir dir;
    const QString path = dir.file("settings.ini");
    AppSettings settings(path);
    settings.setMuted(false);
    QSignalSpy schedule(&settings, &AppSettings::scheduleChanged);
    QSignalSpy audio(&settings, &AppSettings::audioChanged);
    writeElsewhere(path, "audio/muted", true);
    settings.reload();
    EXPECT_TRUE(settings.muted());
    EXPECT_EQ(schedule.count(), 1);
    EXPECT_EQ(audio.count(), 1);
    settings.reload(); // once read, the same file again is no change
    EXPECT_EQ(audio.count(), 1);
}
