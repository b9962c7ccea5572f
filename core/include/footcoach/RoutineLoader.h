#pragma once

#include "footcoach/Routine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <variant>

namespace footcoach {

// Why a routine file was refused: which file, where in the JSON, and what is wrong.
struct RoutineError {
    QString file;
    QString jsonPath; // for example "$.exercises[1].reps"
    QString problem;

    QString message() const;
};

using RoutineResult = std::variant<Routine, RoutineError>;

// Reads routine files. Loading is all-or-nothing: either the whole routine is valid and
// returned, or nothing is and the first problem found is reported.
class RoutineLoader {
    // Problems are told in the user's language once the app has installed its translator.
    Q_DECLARE_TR_FUNCTIONS(footcoach::RoutineLoader)

public:
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    static constexpr int kMaxDepth = 16;

    static RoutineResult loadFile(const QString& path);
    static RoutineResult loadData(const QByteArray& data, const QString& fileName);

    // The program from the physician's handout, shipped as a resource.
    static Routine builtIn();
    static QString builtInPath();
};

} // namespace footcoach
