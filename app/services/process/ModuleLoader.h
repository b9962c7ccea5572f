#pragma once

#include <QLibrary>
#include <QString>
#include <QStringList>

namespace footcoach {

// Loads one of FootCoach's modules (libfootcoach-charts.so, libfootcoach-sound.so) the first
// time it is wanted, so that the Qt libraries behind it (Charts; Multimedia and TextToSpeech)
// cost nothing at start-up. Looks beside the executable (the build tree), then in the installed
// module directory, found from the executable's place so that any prefix works. The module stays
// loaded while this object lives.
class ModuleLoader {
public:
    // fileName: e.g. "libfootcoach-charts.so"; entry: the C function that returns the module.
    ModuleLoader(QString fileName, const char* entry);
    ModuleLoader(const ModuleLoader&) = delete;
    ModuleLoader& operator=(const ModuleLoader&) = delete;

    // The module, or null with *error naming what went wrong (a damaged installation).
    template <typename Module> Module* load(QString* error) {
        return static_cast<Module*>(loadModule(error));
    }
    bool isLoaded() const { return m_module != nullptr; }
    template <typename Module> Module* loaded() const { return static_cast<Module*>(m_module); }

    QStringList candidatePaths() const;

private:
    void* loadModule(QString* error);

    QString m_fileName;
    const char* m_entry;
    QLibrary m_library;
    void* m_module = nullptr;
};

} // namespace footcoach
