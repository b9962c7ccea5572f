#pragma once

#include <QObject>
#include <QPluginLoader>
#include <QString>
#include <QStringList>

namespace footcoach {

// Loads one of FootCoach's modules (libfootcoach-charts.so, libfootcoach-sound.so), each a Qt
// plugin with one interface, the first time it is wanted, so that the Qt libraries behind it
// (Charts; Multimedia and TextToSpeech) cost nothing at start-up. Looks beside the executable
// (the build tree), then in the installed module directory, found from the executable's place
// so that any prefix works. The module stays loaded while the process lives.
class ModuleLoader {
public:
    // fileName: e.g. "libfootcoach-charts.so".
    explicit ModuleLoader(QString fileName);
    ModuleLoader(const ModuleLoader&) = delete;
    ModuleLoader& operator=(const ModuleLoader&) = delete;

    // The module's Module interface, or null with *error naming what went wrong (a damaged
    // installation, or a module of another version that lacks the interface).
    template <typename Module> Module* load(QString* error) {
        QObject* instance = loadInstance(error);
        if (!instance)
            return nullptr;
        auto* module = qobject_cast<Module*>(instance);
        if (!module && error)
            *error = wrongInterface();
        return module;
    }
    bool isLoaded() const { return m_instance != nullptr; }
    template <typename Module> Module* loaded() const { return qobject_cast<Module*>(m_instance); }

    QStringList candidatePaths() const;

private:
    QObject* loadInstance(QString* error);
    QString wrongInterface() const;

    QString m_fileName;
    QPluginLoader m_loader;
    QObject* m_instance = nullptr;
};

} // namespace footcoach
