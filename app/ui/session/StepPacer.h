#pragma once

#include <QList>
#include <QString>

namespace footcoach::StepPacer {

// The seconds a person needs to read text: about two and a half words a second (older eyes, a
// language learnt late), and never under five seconds.
double readingSeconds(const QString& text);

// Which of an exercise's steps goes with the moment. While getting into position: the first
// steps (all but the last), each kept on screen for its reading time, and a next one shown
// only if it too can stay its reading time before the phase ends; else the one before stays.
// While holding or relaxing: the last step, the stretch itself.
int stepFor(const QList<double>& readingSeconds, bool positioning, double elapsedSeconds,
            double phaseSeconds);

} // namespace footcoach::StepPacer
