#pragma once

#include "footcoach/Routine.h"
#include "footcoach/Schedule.h"

#include <QDateTime>
#include <QObject>
#include <QSettings>

#include <memory>

namespace footcoach {

// The user's program, as changed on the settings' program page: values that replace the
// routine's own for every exercise. Empty means "as the routine says".
struct ProgramOverrides {
    std::optional<int> holdSeconds;
    std::optional<int> reps;
    std::optional<int> restSeconds;

    friend bool operator==(const ProgramOverrides&, const ProgramOverrides&) = default;
    Routine appliedTo(Routine routine) const;
};

// The user's preferences, kept in settings.ini in the data directory. Every key has its
// default and its valid range here, in one place. A damaged file is moved aside and the
// defaults are used, with one notice.
class AppSettings : public QObject {
    Q_OBJECT
public:
    explicit AppSettings(const QString& filePath, QObject* parent = nullptr);
    ~AppSettings() override;

    bool muted() const;
    void setMuted(bool muted);
    int volumePercent() const; // 0-100
    void setVolumePercent(int percent);
    bool voiceEnabled() const;
    void setVoiceEnabled(bool enabled);
    bool safetyAcknowledged() const;
    void setSafetyAcknowledged(bool acknowledged);

    Schedule schedule() const;
    void setSchedule(const Schedule& schedule);

    // "" for the system's language, else "en", "de" or "es". Used from the next start on.
    QString language() const;
    void setLanguage(const QString& language);

    // Extra large text on the session screen, for reading from farther away.
    bool largeSessionText() const;
    void setLargeSessionText(bool large);

    bool startAtLogin() const;
    void setStartAtLogin(bool enabled);
    // Whether any reminder is on: a slot that is enabled on at least one weekday.
    bool remindersOn() const;
    // The first start's question (remind also after a restart?) has been answered.
    bool remindersQuestionAnswered() const;
    void setRemindersQuestionAnswered(bool answered);
    // The first close of the window has said where FootCoach went and how to quit it.
    bool backgroundExplained() const;
    void setBackgroundExplained(bool explained);

    ProgramOverrides program() const;
    void setProgram(const ProgramOverrides& program);
    // The routine file the user opened on the program page; empty for the built-in one.
    QString routineFile() const;
    void setRoutineFile(const QString& path);

    // Re-reads the file, for changes made by another process (footcoach --reminders), and
    // tells what may have changed; nothing when the file is as this object last read or wrote
    // it (the folder's watcher also fires for the app's own writes and for the history's files).
    void reload();
    // Set when the file was damaged at start: what happened, in plain words. Once.
    QString takeNotice();
    QString filePath() const { return m_filePath; }

Q_SIGNALS:
    void audioChanged();
    void scheduleChanged();
    void programChanged();
    void displayChanged();
    void safetyAcknowledgedChanged(bool acknowledged);

private:
    // What tells one version of the file from another without reading it.
    struct FileStamp {
        bool exists = false;
        qint64 size = 0;
        QDateTime modified;
        QDateTime changed;
        bool operator==(const FileStamp&) const = default;
    };
    FileStamp stamp() const;
    void open();
    void write(const QString& key, const QVariant& value);

    QString m_filePath;
    FileStamp m_seen; // the file as last read or written here
    std::unique_ptr<QSettings> m_settings;
    bool m_damaged = false; // the file was damaged at start and not yet reported
    QString m_keptAs;       // where the damaged file was moved
};

} // namespace footcoach
