#include "footcoach/Routine.h"

namespace footcoach {

QString LocalizedText::forLocale(const QString& localeName) const {
    if (translations.isEmpty() || localeName.isEmpty())
        return source;
    if (auto it = translations.constFind(localeName); it != translations.cend())
        return *it;
    const QString language = localeName.section(QLatin1Char('_'), 0, 0);
    if (auto it = translations.constFind(language); it != translations.cend())
        return *it;
    return source;
}

int Routine::totalHolds() const {
    int holds = 0;
    for (const Exercise& exercise : exercises)
        holds += exercise.reps * static_cast<int>(exercise.sides.size());
    return holds;
}

} // namespace footcoach
