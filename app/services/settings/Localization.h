#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace footcoach {

// The interface language: the system's, or the one chosen in the settings. Installs FootCoach's
// own translations and Qt's (for standard buttons), and makes dates, times and numbers follow
// the same locale.
class Localization {
public:
    // Language codes FootCoach is translated into, besides English.
    static QStringList translatedLanguages() {
        return {QStringLiteral("de"), QStringLiteral("es")};
    }

    // language: "" for the system's, or "en", "de", "es". Returns the locale name in use.
    static QString install(QCoreApplication& app, const QString& language);
};

} // namespace footcoach
