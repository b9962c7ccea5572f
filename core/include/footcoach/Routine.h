#pragma once

#include "footcoach/Types.h"

#include <QHash>
#include <QList>
#include <QString>

namespace footcoach {

// Text with optional translations, keyed by language code ("de", "es", "pt_BR").
struct LocalizedText {
    QString source;
    QHash<QString, QString> translations;

    // The best text for a locale name such as "de_DE": exact, then language, then source.
    QString forLocale(const QString& localeName) const;
};

struct Step {
    LocalizedText text;
    QString illustration; // resource name or path; empty when the step has no picture
};

struct Exercise {
    QString id;
    LocalizedText title;
    QList<Side> sides; // {Left, Right} or {Both}
    int reps = 3;
    int holdSeconds = 20;
    int minHoldSeconds = 20;
    int restSeconds = 5;
    int positionSeconds = 8;
    QList<Step> steps;
};

struct Routine {
    static constexpr int kFormatVersion = 1;
    static constexpr int kMaxHoldSeconds = 600;

    QString id;
    int version = kFormatVersion;
    LocalizedText title;
    int prepareSeconds = 5;
    QList<Exercise> exercises;

    int totalHolds() const;
};

} // namespace footcoach
