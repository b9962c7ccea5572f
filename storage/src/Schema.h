#pragma once

#include "Migrator.h"

#include <QList>

namespace footcoach {

// The history's on-disk format. Add a Migration for every change, never edit a shipped one,
// and add a fixture of the new version to tests/storage/fixtures.
class Schema {
public:
    // PRAGMA application_id: "FCHT" (FootCoach HisTory), so `file` and we can tell our file.
    static constexpr int kApplicationId = 0x46434854;
    // PRAGMA user_version this build writes and the newest it can read.
    static constexpr int kCurrentVersion = 3;

    static QList<Migration> migrations();
};

} // namespace footcoach
