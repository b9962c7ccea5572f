#include "AppSettings.h"

namespace footcoach {

namespace {
const QString kMuted = QStringLiteral("audio/muted");
const QString kVolume = QStringLiteral("audio/volume");
const QString kVoice = QStringLiteral("audio/voice");
const QString kSafety = QStringLiteral("safety/acknowledged");
const QString kMorning = QStringLiteral("schedule/morning");
const QString kEvening = QStringLiteral("schedule/evening");
const QString kMorningOn = QStringLiteral("schedule/morningEnabled");
const QString kEveningOn = QStringLiteral("schedule/eveningEnabled");

QTime timeOr(const QVariant& value, QTime fallback) {
    const QTime t = QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
    return t.isValid() ? t : fallback;
}
} // namespace

AppSettings::AppSettings(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_settings(filePath, QSettings::IniFormat) {}

bool AppSettings::muted() const {
    return m_settings.value(kMuted, false).toBool();
}

void AppSettings::setMuted(bool muted) {
    m_settings.setValue(kMuted, muted);
    Q_EMIT audioChanged();
}

int AppSettings::volumePercent() const {
    return std::clamp(m_settings.value(kVolume, 70).toInt(), 0, 100);
}

void AppSettings::setVolumePercent(int percent) {
    m_settings.setValue(kVolume, std::clamp(percent, 0, 100));
    Q_EMIT audioChanged();
}

bool AppSettings::voiceEnabled() const {
    return m_settings.value(kVoice, false).toBool();
}

void AppSettings::setVoiceEnabled(bool enabled) {
    m_settings.setValue(kVoice, enabled);
    Q_EMIT audioChanged();
}

bool AppSettings::safetyAcknowledged() const {
    return m_settings.value(kSafety, false).toBool();
}

void AppSettings::setSafetyAcknowledged(bool acknowledged) {
    m_settings.setValue(kSafety, acknowledged);
    m_settings.sync();
    Q_EMIT safetyAcknowledgedChanged(acknowledged);
}

Schedule AppSettings::schedule() const {
    Schedule s;
    s.morning.time = timeOr(m_settings.value(kMorning), s.morning.time);
    s.evening.time = timeOr(m_settings.value(kEvening), s.evening.time);
    s.morning.enabled = m_settings.value(kMorningOn, true).toBool();
    s.evening.enabled = m_settings.value(kEveningOn, true).toBool();
    return s;
}

} // namespace footcoach
