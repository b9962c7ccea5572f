#include "charts/print/HandoutCommand.h"

#include "charts/print/ExerciseSheetWriter.h"
#include "charts/print/PaperSize.h"
#include "footcoach/RoutineLoader.h"
#include "services/settings/AppSettings.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

namespace footcoach {

namespace {

// The routine the app would run: --routine, else the settings' file, else the built-in one.
std::optional<Routine> routineInUse(const std::optional<Routine>& given,
                                    const AppSettings& settings, QTextStream& err) {
    if (given)
        return given;
    const QString file = settings.routineFile();
    if (file.isEmpty())
        return RoutineLoader::builtIn();
    RoutineResult loaded = RoutineLoader::loadFile(file);
    if (auto* error = std::get_if<RoutineError>(&loaded)) {
        err << "footcoach: the routine file chosen in the settings cannot be used: "
            << error->message() << Qt::endl;
        return std::nullopt;
    }
    return std::get<Routine>(loaded);
}

} // namespace

int runHandoutPdf(const QString& dataDir, const QString& target,
                  const std::optional<Routine>& routine, const QString& version) {
    QTextStream err(stderr);
    const AppSettings settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
    const std::optional<Routine> base = routineInUse(routine, settings, err);
    if (!base)
        return 2;
    const Routine inForce = settings.program().appliedTo(*base);
    // Written to a temporary file and renamed, so a failed sheet never leaves half a file.
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        err << "footcoach: cannot write " << target << ": " << out.errorString() << Qt::endl;
        return 2;
    }
    if (ExerciseSheetWriter::write(inForce, out, PaperSize::forLocale(QLocale()), version).pages ==
            0 ||
        !out.commit()) {
        err << "footcoach: writing " << target << " failed: " << out.errorString() << Qt::endl;
        return 2;
    }
    return 0;
}

} // namespace footcoach
