#pragma once

#include <QString>

namespace footcoach {

// Where FootCoach keeps its files: --data-dir, or the platform's app data location.
class DataDirectory {
public:
    // Creates the directory if needed. Returns an empty string and sets error when it cannot.
    static QString prepare(const QString& requested, QString* error);
};

} // namespace footcoach
