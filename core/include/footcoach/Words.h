#pragma once

#include "footcoach/Adherence.h"
#include "footcoach/Prescription.h"
#include "footcoach/SessionPlan.h"
#include "footcoach/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTime>

namespace footcoach {

// The domain's words as the user reads or hears them, each defined once and used by the
// screens, the report, notifications and the voice alike. Dates are in DateText.
class Words {
    Q_DECLARE_TR_FUNCTIONS(footcoach::Words)

public:
    // A session's or a hold's length: "45 s", "8 min", "7 min 53 s".
    static QString duration(int seconds);
    // A time of day in the locale's short format, never with seconds: "19:30", "7:30 PM".
    static QString clockTime(const QTime& time, const QLocale& locale = QLocale());
    // What became of a slot: "Done", "Partly done", "Missed", "Not yet", "Before your first
    // session".
    static QString slotStatus(SlotStatus status);
    // Which leg: "Left leg", "Right leg", "Both legs".
    static QString side(Side side);
    // What a screen reader says as the session enters a phase, in one line of plain words:
    // "Left leg, rep 2 of 3: hold for 20 seconds", "Relax for 5 seconds", "Switch to the right
    // leg". In WordsSession.cpp.
    static QString phaseAnnouncement(const SessionPlan& plan, int phaseIndex);
    // ... when the user pauses the session, and when it goes on with secondsLeft in the phase.
    static QString pausedAnnouncement();
    static QString resumedAnnouncement(int secondsLeft);
    // The slot's name: "Morning", "Evening".
    static QString slot(Slot slot);
    // A session started outside every slot's window, which counts for no slot: "Extra".
    static QString extra();

    // What changed between two prescriptions, a phrase per difference, in the interface
    // language: "2 times on each leg (was 3)", "hold 15 s (was 20 s)", "routine file
    // my-routine.json (was the built-in)". Empty when nothing the user does changed.
    static QStringList prescriptionChanges(const Prescription& before, const Prescription& after);
    // A dated change: "From 1 December 2026: 2 times on each leg (was 3); hold 15 s (was 20 s)".
    static QString changeFrom(const QDate& date, const QStringList& changes,
                              const QLocale& locale = QLocale());
    // How one move is prescribed: "Calf stretch: 3 times on each leg, hold 20 s (15 s counts
    // as done)".
    static QString prescribedMove(const PrescribedMove& move, const QString& localeName);
};

} // namespace footcoach
