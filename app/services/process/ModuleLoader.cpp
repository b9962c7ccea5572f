#include "services/process/ModuleLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace footcoach {

ModuleLoader::ModuleLoader(QString fileName)
    : m_fileName(std::move(fileName)) {}

QStringList ModuleLoader::candidatePaths() const {
    const QDir here(QCoreApplication::applicationDirPath());
    return {
        here.filePath(m_fileName),
        QDir::cleanPath(here.filePath(QStringLiteral(FOOTCOACH_MODULE_RELDIR "/") + m_fileName))};
}

QObject* ModuleLoader::loadInstance(QString* error) {
    if (m_instance)
        return m_instance;
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
    m_loader.setFileName(path);
    // Every symbol is resolved now, so a mismatched module fails here with a message, not later.
    m_loader.setLoadHints(QLibrary::ResolveAllSymbolsHint);
    m_instance = m_loader.instance();
    if (!m_instance && error)
        *error = QCoreApplication::translate("footcoach::ModuleLoader",
                                             "A part of FootCoach cannot be loaded: %1")
                     .arg(m_loader.errorString());
    return m_instance;
}

QString ModuleLoader::wrongInterface() const {
    return QCoreApplication::translate("footcoach::ModuleLoader",
                                       "A part of FootCoach cannot be loaded: %1 belongs to "
                                       "another version of FootCoach. Reinstalling FootCoach "
                                       "should mend it.")
        .arg(m_fileName);
}

} // namespace footcoach
