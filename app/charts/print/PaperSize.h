#pragma once

#include <QPageSize>

class QLocale;

namespace footcoach {

// The paper a printout is laid out for: Letter where the locale's country uses it (the United
// States and the other countries on the US measurement system, Canada, Mexico and a few more in
// the Americas, the Philippines), A4 everywhere else.
class PaperSize {
public:
    static QPageSize forLocale(const QLocale& locale);
};

} // namespace footcoach
