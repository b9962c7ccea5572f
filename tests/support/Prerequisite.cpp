#include "Prerequisite.h"

#include <QByteArray>

namespace footcoach::test {

bool inCi() {
    const QByteArray value = qgetenv("CI").trimmed().toLower();
    return value == "true" || value == "1" || value == "yes";
}

} // namespace footcoach::test
