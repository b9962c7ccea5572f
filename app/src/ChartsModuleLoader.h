#pragma once

#include <QLibrary>
#include <QString>

namespace footcoach {

class ChartsModule;

// Finds and loads libfootcoach-charts.so: beside the executable (the build tree), then in the
// installed module directory, found from the executable's place so that any prefix works. It
// is loaded on the first call and stays loaded while this object lives.
class ChartsModuleLoader {
public:
    ChartsModuleLoader() = default;
    ChartsModuleLoader(const ChartsModuleLoader&) = delete;
    ChartsModuleLoader& operator=(const ChartsModuleLoader&) = delete;

    // The module, or null with *error naming what went wrong (a damaged installation).
    ChartsModule* load(QString* error);

    static QStringList candidatePaths();

private:
    QLibrary m_library;
    ChartsModule* m_module = nullptr;
};

} // namespace footcoach
