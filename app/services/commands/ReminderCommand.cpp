#include "services/commands/ReminderCommand.h"

#include "services/commands/CommandLine.h"
#include "services/settings/AppSettings.h"

#include <QDir>
#include <QTextStream>

namespace footcoach {

int runSetReminders(const QString& dataDir, const CommandLine& options) {
    AppSettings settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
    Schedule schedule = settings.schedule();
    QTextStream out(stdout);
    if (options.reminderTimes) {
        schedule.morning.time = options.reminderTimes->first;
        schedule.evening.time = options.reminderTimes->second;
        schedule.morning.enabled = true;
        schedule.evening.enabled = true;
        out << "Reminders set for " << schedule.morning.time.toString(QStringLiteral("HH:mm"))
            << " and " << schedule.evening.time.toString(QStringLiteral("HH:mm")) << "."
            << Qt::endl;
    } else {
        schedule.morning.enabled = false;
        schedule.evening.enabled = false;
        out << "Reminders are off." << Qt::endl;
    }
    settings.setSchedule(schedule);
    return 0;
}

} // namespace footcoach
