#include "services/process/ModuleLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace footcoach {

ModuleLoader::ModuleLoader(QString fileName, const char* entry)
    : m_fileName(std::move(fileName))
    , m_entry(entry) {}

QStringList ModuleLoader::candidatePaths() const {
    const QDir here(QCoreApplication::applicationDirPath());
    return {
        here.filePath(m_fileName),
        QDir::cleanPath(here.filePath(QStringLiteral(FOOTCOACH_MODULE_RELDIR "/") + m_fileName))};
}

void* ModuleLoader::loadModule(QString* error) {
    if (m_module)
        return m_module;
    const QStringList paths = candidatePaths();
    QString path;
    for (const QString& candidate : paths) {
        if (QFileInfo::exists(candidate)) {
            path = candidate;
            break;
        }
    }
    if (path.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                         "footcoach::ModuleLoader",
                         "A part of FootCoach is missing: %1 was not found (looked for %2). "
                         "Reinstalling FootCoach should bring it back.")
                         .arg(m_fileName, paths.join(QStringLiteral(", ")));
        return nullptr;
    }
    m_library.setFileName(path);
    // Every symbol is resolved now, so a mismatched module fails here with a message, not later.
    m_library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
    using Entry = void* (*)();
    auto entry = reinterpret_cast<Entry>(m_library.resolve(m_entry));
    if (!entry) {
        if (error)
            *error = QCoreApplication::translate("footcoach::ModuleLoader",
                                                 "A part of FootCoach cannot be loaded: %1")
                         .arg(m_library.errorString());
        return nullptr;
    }
    m_module = entry();
    return m_module;
}

} // namespace footcoach
