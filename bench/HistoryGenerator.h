#pragma once

#include <QDate>
#include <QString>

namespace footcoach::bench {

struct GeneratedHistory {
    int sessions = 0;
    int holds = 0;
    int partial = 0;
    int missed = 0;
};

// Fills an opened-then-closed history.db with years of twice-daily sessions ending the day
// before lastDay, in one bulk transaction (the store's own one-commit-per-hold path would take
// hours for 130,000 holds). Deterministic for a given seed.
class HistoryGenerator {
public:
    static GeneratedHistory fill(const QString& databasePath, const QDate& lastDay, int years,
                                 quint32 seed = 20260105);
    // Adds a numbness check-in (before and after, 0-10, slowly easing over the years) to about
    // nine sessions in ten. Separate from fill() so that fill() stays the same for a seed.
    // Returns the number of check-ins written.
    static int addCheckIns(const QString& databasePath, quint32 seed = 20260105);
};

} // namespace footcoach::bench
