#pragma once

#include "services/settings/Localization.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace footcoach::test {

// One interface language for one test, installed as the app installs it (English with its
// singulars), then none again.
class InLanguage {
public:
    explicit InLanguage(const QString& language) {
        removeAll();
        Localization::install(*QCoreApplication::instance(), language);
    }
    ~InLanguage() {
        removeAll();
        QLocale::setDefault(QLocale::c());
    }
    InLanguage(const InLanguage&) = delete;
    InLanguage& operator=(const InLanguage&) = delete;

private:
    static void removeAll() {
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
};

} // namespace footcoach::test
