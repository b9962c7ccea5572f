#include "ui/session/StepPacer.h"

#include <QRegularExpression>

namespace footcoach::StepPacer {

namespace {
constexpr double kWordsPerSecond = 2.5;
constexpr double kShortestSeconds = 5.0;
} // namespace

double readingSeconds(const QString& text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const qsizetype words = text.split(space, Qt::SkipEmptyParts).size();
    return std::max(kShortestSeconds, static_cast<double>(words) / kWordsPerSecond);
}

int stepFor(const QList<double>& readingSeconds, bool positioning, double elapsedSeconds,
            double phaseSeconds) {
    const int count = static_cast<int>(readingSeconds.size());
    if (count <= 1)
        return 0;
    if (!positioning)
        return count - 1;
    int shown = 0;
    double start = readingSeconds.at(0);
    for (int i = 1; i < count - 1; ++i) {
        const bool fits = start + readingSeconds.at(i) <= phaseSeconds;
        if (!fits || elapsedSeconds < start)
            break;
        shown = i;
        start += readingSeconds.at(i);
    }
    return shown;
}

} // namespace footcoach::StepPacer
