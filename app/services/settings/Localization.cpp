#include "services/settings/Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace footcoach {

QString Localization::install(QCoreApplication& app, const QString& language) {
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    const QLocale locale;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        // English has only its singulars to add ("1 time", not "1 times").
        auto* plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral("footcoach_en"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return locale.name();
    }
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("footcoach"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name();
}

} // namespace footcoach
