#pragma once

#include "footcoach/Routine.h"

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QRectF>

class QIODevice;
class QPagedPaintDevice;

namespace footcoach {

// Where the sheet's pieces went, in points from the top left of their page.
struct ExerciseSheetLayout {
    struct Picture {
        int page = 0; // 0 for the first page
        QRectF box;   // the area the drawing was fitted into
        QString illustration;
    };
    int pages = 0; // 0: nothing was written
    QList<Picture> pictures;
};

// The exercise sheet to keep by the chair: the routine's title and how often, the safety and
// balance advice, each move with its step pictures (the session's drawings, in print greys) and
// numbered steps, times on each leg and the hold from the program in force (the routine given
// has the program applied), and a week's table to tick off the sessions. In the interface
// language, black on white. Two pages for the built-in routine; a long custom one takes more.
class ExerciseSheetWriter {
    Q_DECLARE_TR_FUNCTIONS(footcoach::ExerciseSheetWriter)
public:
    static ExerciseSheetLayout write(const Routine& routine, QIODevice& out,
                                     const QPageSize& pageSize, const QString& version);
    // On a PDF writer or a printer set to print the full page.
    static ExerciseSheetLayout paint(const Routine& routine, QPagedPaintDevice& device,
                                     const QString& version);

    // "3 times on each leg · hold 20 s (15 s is enough) · rest 5 s between"
    static QString doseLine(const Exercise& exercise);
};

} // namespace footcoach
