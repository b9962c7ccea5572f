#include "services/settings/AppSettings.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace footcoach {

namespace {
const QString kMuted = QStringLiteral("audio/muted");
const QString kVolume = QStringLiteral("audio/volume");
const QString kVoice = QStringLiteral("audio/voice");
const QString kSafety = QStringLiteral("safety/acknowledged");
const QString kMorning = QStringLiteral("reminders/morning");
const QString kEvening = QStringLiteral("reminders/evening");
const QString kMorningOn = QStringLiteral("reminders/morningEnabled");
const QString kEveningOn = QStringLiteral("reminders/eveningEnabled");
const QString kMorningDays = QStringLiteral("reminders/morningDays");
const QString kEveningDays = QStringLiteral("reminders/eveningDays");
const QString kSnooze = QStringLiteral("reminders/snoozeMinutes");
const QString kGrace = QStringLiteral("reminders/graceMinutes");
const QString kAutostart = QStringLiteral("app/startAtLogin");
const QString kQuestionAnswered = QStringLiteral("app/remindersQuestionAnswered");
const QString kBackgroundExplained = QStringLiteral("app/backgroundExplained");
const QString kLanguage = QStringLiteral("app/language");
const QString kLargeText = QStringLiteral("app/largeSessionText");
const QString kHold = QStringLiteral("program/holdSeconds");
const QString kReps = QStringLiteral("program/reps");
const QString kRest = QStringLiteral("program/restSeconds");
const QString kRoutine = QStringLiteral("program/routineFile");

QTime timeOr(const QVariant& value, QTime fallback) {
    const QTime t = QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
    return t.isValid() ? t : fallback;
}

// Weekdays are stored as "1234567" (Monday = 1), the days on which a slot reminds.
std::array<bool, 7> daysOr(const QVariant& value, std::array<bool, 7> fallback) {
    if (!value.isValid())
        return fallback;
    std::array<bool, 7> days{};
    for (const QChar c : value.toString()) {
        const int d = c.digitValue();
        if (d < 1 || d > 7)
            return fallback;
        days[d - 1] = true;
    }
    return days;
}

QString daysText(const std::array<bool, 7>& days) {
    QString text;
    for (int i = 0; i < 7; ++i) {
        if (days[i])
            text += QString::number(i + 1);
    }
    return text;
}

std::optional<int> intIn(const QVariant& value, int min, int max) {
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!value.isValid() || !ok || v < min || v > max)
        return std::nullopt;
    return v;
}

// QSettings reads nearly anything as INI without complaint, so damage is judged here: text
// that is not UTF-8, NUL bytes, or lines that are neither sections, comments nor key=value.
bool isDamaged(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly))
        return false; // unreadable is not damaged; QSettings reports it itself
    constexpr qint64 kMaxBytes = 1024 * 1024; // a settings file is a few hundred bytes
    if (file.size() > kMaxBytes)
        return true;
    const QByteArray bytes = file.readAll();
    if (bytes.size() > kMaxBytes || bytes.contains('\0'))
        return true;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return true;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char(';')) || t.startsWith(QLatin1Char('#')))
            continue;
        if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')))
            continue;
        if (t.indexOf(QLatin1Char('=')) > 0)
            continue;
        return true;
    }
    return false;
}

} // namespace

Routine ProgramOverrides::appliedTo(Routine routine) const {
    for (Exercise& e : routine.exercises) {
        if (holdSeconds) {
            e.holdSeconds = std::clamp(*holdSeconds, e.minHoldSeconds, Routine::kMaxHoldSeconds);
        }
        if (reps)
            e.reps = *reps;
        if (restSeconds)
            e.restSeconds = *restSeconds;
    }
    return routine;
}

AppSettings::AppSettings(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_filePath(filePath) {
    open();
}

AppSettings::~AppSettings() = default;

void AppSettings::open() {
    if (!isDamaged(m_filePath)) {
        m_settings = std::make_unique<QSettings>(m_filePath, QSettings::IniFormat);
        if (m_settings->status() != QSettings::FormatError) {
            m_seen = stamp();
            return;
        }
        m_settings.reset();
    }
    // Keep the damaged file for whoever wants to look at it, and start from the defaults. It is
    // named after when it was last written, which needs no clock and tells when it broke.
    const QString aside =
        m_filePath + QStringLiteral(".damaged-") +
        QFileInfo(m_filePath).lastModified().toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
    m_damaged = true;
    if (QFile::rename(m_filePath, aside))
        m_keptAs = aside;
    m_settings = std::make_unique<QSettings>(m_filePath, QSettings::IniFormat);
    m_seen = stamp();
}

AppSettings::FileStamp AppSettings::stamp() const {
    const QFileInfo file(m_filePath);
    return {file.exists(), file.size(), file.lastModified(), file.metadataChangeTime()};
}

void AppSettings::reload() {
    if (stamp() == m_seen)
        return;
    m_settings->sync();
    m_seen = stamp();
    Q_EMIT scheduleChanged();
    Q_EMIT audioChanged();
}

QString AppSettings::takeNotice() {
    // Worded here rather than when the damage is found: the settings are read before the
    // interface language (which they name) is installed.
    if (!std::exchange(m_damaged, false))
        return {};
    if (m_keptAs.isEmpty())
        return tr("Your settings file could not be read, so FootCoach is using its standard "
                  "settings for now.");
    return tr("Your settings file could not be read, so FootCoach is using its standard "
              "settings. The old file is kept as %1.")
        .arg(m_keptAs);
}

void AppSettings::write(const QString& key, const QVariant& value) {
    m_settings->setValue(key, value);
    m_settings->sync();
    m_seen = stamp();
}

bool AppSettings::muted() const {
    return m_settings->value(kMuted, false).toBool();
}

void AppSettings::setMuted(bool muted) {
    write(kMuted, muted);
    Q_EMIT audioChanged();
}

int AppSettings::volumePercent() const {
    return intIn(m_settings->value(kVolume), 0, 100).value_or(70);
}

void AppSettings::setVolumePercent(int percent) {
    write(kVolume, std::clamp(percent, 0, 100));
    Q_EMIT audioChanged();
}

bool AppSettings::voiceEnabled() const {
    return m_settings->value(kVoice, false).toBool();
}

void AppSettings::setVoiceEnabled(bool enabled) {
    write(kVoice, enabled);
    Q_EMIT audioChanged();
}

bool AppSettings::safetyAcknowledged() const {
    return m_settings->value(kSafety, false).toBool();
}

void AppSettings::setSafetyAcknowledged(bool acknowledged) {
    write(kSafety, acknowledged);
    Q_EMIT safetyAcknowledgedChanged(acknowledged);
}

Schedule AppSettings::schedule() const {
    Schedule s;
    s.morning.time = timeOr(m_settings->value(kMorning), s.morning.time);
    s.evening.time = timeOr(m_settings->value(kEvening), s.evening.time);
    s.morning.enabled = m_settings->value(kMorningOn, true).toBool();
    s.evening.enabled = m_settings->value(kEveningOn, true).toBool();
    s.morning.weekdays = daysOr(m_settings->value(kMorningDays), s.morning.weekdays);
    s.evening.weekdays = daysOr(m_settings->value(kEveningDays), s.evening.weekdays);
    s.snoozeMinutes = intIn(m_settings->value(kSnooze), 1, 120).value_or(10);
    s.graceMinutes = intIn(m_settings->value(kGrace), 0, 12 * 60).value_or(120);
    return s;
}

void AppSettings::setSchedule(const Schedule& s) {
    m_settings->setValue(kMorning, s.morning.time.toString(QStringLiteral("HH:mm")));
    m_settings->setValue(kEvening, s.evening.time.toString(QStringLiteral("HH:mm")));
    m_settings->setValue(kMorningOn, s.morning.enabled);
    m_settings->setValue(kEveningOn, s.evening.enabled);
    m_settings->setValue(kMorningDays, daysText(s.morning.weekdays));
    m_settings->setValue(kEveningDays, daysText(s.evening.weekdays));
    m_settings->setValue(kSnooze, std::clamp(s.snoozeMinutes, 1, 120));
    m_settings->setValue(kGrace, std::clamp(s.graceMinutes, 0, 12 * 60));
    m_settings->sync();
    Q_EMIT scheduleChanged();
}

QString AppSettings::language() const {
    const QString code = m_settings->value(kLanguage).toString();
    return code == QLatin1String("en") || code == QLatin1String("de") || code == QLatin1String("es")
               ? code
               : QString();
}

void AppSettings::setLanguage(const QString& language) {
    write(kLanguage, language);
}

bool AppSettings::largeSessionText() const {
    return m_settings->value(kLargeText, false).toBool();
}

void AppSettings::setLargeSessionText(bool large) {
    if (large == largeSessionText())
        return;
    write(kLargeText, large);
    Q_EMIT displayChanged();
}

bool AppSettings::startAtLogin() const {
    return m_settings->value(kAutostart, false).toBool();
}

void AppSettings::setStartAtLogin(bool enabled) {
    write(kAutostart, enabled);
}

bool AppSettings::remindersOn() const {
    const Schedule s = schedule();
    const auto anyDay = [](const SlotSchedule& slot) {
        return slot.enabled &&
               std::find(slot.weekdays.begin(), slot.weekdays.end(), true) != slot.weekdays.end();
    };
    return anyDay(s.morning) || anyDay(s.evening);
}

bool AppSettings::remindersQuestionAnswered() const {
    return m_settings->value(kQuestionAnswered, false).toBool();
}

void AppSettings::setRemindersQuestionAnswered(bool answered) {
    write(kQuestionAnswered, answered);
}

bool AppSettings::backgroundExplained() const {
    return m_settings->value(kBackgroundExplained, false).toBool();
}

void AppSettings::setBackgroundExplained(bool explained) {
    write(kBackgroundExplained, explained);
}

ProgramOverrides AppSettings::program() const {
    ProgramOverrides p;
    p.holdSeconds = intIn(m_settings->value(kHold), 1, Routine::kMaxHoldSeconds);
    p.reps = intIn(m_settings->value(kReps), 1, 20);
    p.restSeconds = intIn(m_settings->value(kRest), 0, 600);
    return p;
}

void AppSettings::setProgram(const ProgramOverrides& p) {
    auto store = [this](const QString& key, const std::optional<int>& v) {
        if (v)
            m_settings->setValue(key, *v);
        else
            m_settings->remove(key);
    };
    store(kHold, p.holdSeconds);
    store(kReps, p.reps);
    store(kRest, p.restSeconds);
    m_settings->sync();
    Q_EMIT programChanged();
}

QString AppSettings::routineFile() const {
    return m_settings->value(kRoutine).toString();
}

void AppSettings::setRoutineFile(const QString& path) {
    write(kRoutine, path);
    Q_EMIT programChanged();
}

} // namespace footcoach
