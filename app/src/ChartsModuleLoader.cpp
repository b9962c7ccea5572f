#include "ChartsModuleLoader.h"

#include "ChartsModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace footcoach {

namespace {
const QString kFileName = QStringLiteral("libfootcoach-charts.so");
} // namespace

QStringList ChartsModuleLoader::candidatePaths() {
    const QDir here(QCoreApplication::applicationDirPath());
    return {
        here.filePath(kFileName),
        QDir::cleanPath(here.filePath(QStringLiteral(FOOTCOACH_MODULE_RELDIR "/") + kFileName))};
}

ChartsModule* ChartsModuleLoader::load(QString* error) {
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
                         "footcoach::ChartsModuleLoader",
                         "The charts module of FootCoach is missing (looked for %1). Reinstalling "
                         "FootCoach should bring it back.")
                         .arg(paths.join(QStringLiteral(", ")));
        return nullptr;
    }
    m_library.setFileName(path);
    // Every symbol is resolved now, so a mismatched module fails here with a message, not later.
    m_library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
    auto entry = reinterpret_cast<ChartsModuleEntry>(m_library.resolve(kChartsModuleEntry));
    if (!entry) {
        if (error)
            *error = QCoreApplication::translate("footcoach::ChartsModuleLoader",
                                                 "The charts module of FootCoach cannot be "
                                                 "loaded: %1")
                         .arg(m_library.errorString());
        return nullptr;
    }
    m_module = entry();
    return m_module;
}

} // namespace footcoach
