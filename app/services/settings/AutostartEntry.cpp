#include "services/settings/AutostartEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace footcoach {

AutostartEntry::AutostartEntry(QString dataDir)
    : m_dataDir(std::move(dataDir)) {}

QString AutostartEntry::path() const {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/io.github.footcoach.FootCoach.desktop");
}

bool AutostartEntry::isEnabled() const {
    return QFile::exists(path());
}

bool AutostartEntry::setEnabled(bool enabled, QString* error) const {
    if (!enabled) {
        if (!QFile::exists(path()) || QFile::remove(path()))
            return true;
        if (error)
            *error = QCoreApplication::translate("AutostartEntry", "Cannot remove %1.").arg(path());
        return false;
    }
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QString exec = QStringLiteral("footcoach --background");
    if (!m_dataDir.isEmpty()) {
        // Desktop entry quoting: the argument in double quotes, with \ " ` $ escaped.
        QString quoted = m_dataDir;
        for (const char* c : {"\\", "\"", "`", "$"})
            quoted.replace(QLatin1String(c), QLatin1String("\\") + QLatin1String(c));
        exec += QStringLiteral(" --data-dir \"%1\"").arg(quoted);
    }
    QSaveFile file(path());
    if (file.open(QIODevice::WriteOnly)) {
        const QString entry =
            QStringLiteral("[Desktop Entry]\n"
                           "Type=Application\n"
                           "Name=FootCoach\n"
                           "Comment=Reminders for your twice-daily foot stretches\n"
                           "Exec=%1\n"
                           "Icon=io.github.footcoach.FootCoach\n"
                           "Terminal=false\n"
                           "NoDisplay=true\n"
                           "X-GNOME-Autostart-enabled=true\n")
                .arg(exec);
        file.write(entry.toUtf8());
        if (file.commit())
            return true;
    }
    if (error)
        *error = QCoreApplication::translate("AutostartEntry", "Cannot write %1: %2")
                     .arg(path(), file.errorString());
    return false;
}

} // namespace footcoach
