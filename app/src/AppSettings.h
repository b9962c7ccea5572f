#pragma once

#include "footcoach/Schedule.h"

#include <QObject>
#include <QSettings>

namespace footcoach {

// The user's preferences, kept in settings.ini in the data directory. Every key has its
// default and its valid range here, in one place.
class AppSettings : public QObject {
    Q_OBJECT
public:
    explicit AppSettings(const QString& filePath, QObject* parent = nullptr);

    bool muted() const;
    void setMuted(bool muted);
    int volumePercent() const; // 0-100
    void setVolumePercent(int percent);
    bool voiceEnabled() const;
    void setVoiceEnabled(bool enabled);
    bool safetyAcknowledged() const;
    void setSafetyAcknowledged(bool acknowledged);
    Schedule schedule() const;

    QString filePath() const { return m_settings.fileName(); }

Q_SIGNALS:
    void audioChanged();
    void safetyAcknowledgedChanged(bool acknowledged);

private:
    QSettings m_settings;
};

} // namespace footcoach
