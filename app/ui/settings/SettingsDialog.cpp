#include "ui/settings/SettingsDialog.h"

#include "footcoach/RoutineLoader.h"
#include "footcoach/Words.h"
#include "services/settings/AppSettings.h"
#include "services/settings/AutostartEntry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace footcoach {

namespace {

int largestMinimumHold(const Routine& r) {
    int m = 1;
    for (const Exercise& e : r.exercises)
        m = std::max(m, e.minHoldSeconds);
    return m;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings& settings, const AutostartEntry& autostart,
                               Routine baseRoutine, QFuture<bool> voiceAvailable, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_autostart(autostart)
    , m_baseRoutine(std::move(baseRoutine))
    , m_routineFile(settings.routineFile()) {
    setWindowTitle(tr("FootCoach settings"));
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildRemindersPage(), tr("&Reminders"));
    tabs->addTab(buildSoundPage(std::move(voiceAvailable)), tr("&Sound and voice"));
    tabs->addTab(buildProgramPage(), tr("&Program"));
    tabs->addTab(buildGeneralPage(), tr("&General"));
    layout->addWidget(tabs);

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setAccessibleDescription(tr("Save the settings and close"));
    buttons->button(QDialogButtonBox::Apply)
        ->setAccessibleDescription(tr("Save the settings and keep this window open"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Close without changing anything"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QWidget* SettingsDialog::buildRemindersPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    const Schedule schedule = m_settings.schedule();
    const QLocale locale;
    for (Slot slot : {Slot::Morning, Slot::Evening}) {
        SlotControls& c = slot == Slot::Morning ? m_morning : m_evening;
        const SlotSchedule& s = schedule.slot(slot);
        auto* group = new QGroupBox(Words::slot(slot), page);
        auto* form = new QVBoxLayout(group);
        auto* row = new QHBoxLayout;
        c.enabled = new QCheckBox(slot == Slot::Morning ? tr("Remind me in the morning at")
                                                        : tr("Remind me in the evening at"),
                                  group);
        c.enabled->setChecked(s.enabled);
        c.enabled->setAccessibleDescription(slot == Slot::Morning
                                                ? tr("Turns the morning reminder on or off")
                                                : tr("Turns the evening reminder on or off"));
        c.enabled->setObjectName(slot == Slot::Morning ? QStringLiteral("morningEnabled")
                                                       : QStringLiteral("eveningEnabled"));
        c.time = new QTimeEdit(s.time, group);
        c.time->setDisplayFormat(QStringLiteral("HH:mm"));
        c.time->setAccessibleDescription(
            tr("Hours and minutes; use the arrow keys to change them"));
        c.time->setObjectName(slot == Slot::Morning ? QStringLiteral("morningTime")
                                                    : QStringLiteral("eveningTime"));
        c.time->setAccessibleName(slot == Slot::Morning ? tr("Morning reminder time")
                                                        : tr("Evening reminder time"));
        row->addWidget(c.enabled);
        row->addWidget(c.time);
        row->addStretch(1);
        form->addLayout(row);
        auto* days = new QHBoxLayout;
        for (int d = 1; d <= 7; ++d) {
            auto* box = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), group);
            box->setAccessibleName(locale.dayName(d, QLocale::LongFormat));
            box->setChecked(s.weekdays[d - 1]);
            box->setAccessibleDescription(
                slot == Slot::Morning
                    ? tr("Whether the morning reminder comes on %1").arg(locale.dayName(d))
                    : tr("Whether the evening reminder comes on %1").arg(locale.dayName(d)));
            c.days.append(box);
            days->addWidget(box);
        }
        days->addStretch(1);
        form->addLayout(days);
        layout->addWidget(group);
    }
    auto* snoozeRow = new QHBoxLayout;
    auto* snoozeLabel = new QLabel(tr("When I put a reminder off, remind me again after"), page);
    snoozeLabel->setWordWrap(true);
    m_snooze = new QSpinBox(page);
    m_snooze->setRange(1, 120);
    m_snooze->setSuffix(tr(" min"));
    m_snooze->setValue(schedule.snoozeMinutes);
    m_snooze->setAccessibleDescription(tr("Minutes until a reminder you put off comes again"));
    m_snooze->setObjectName(QStringLiteral("snoozeMinutes"));
    snoozeLabel->setBuddy(m_snooze);
    snoozeRow->addWidget(snoozeLabel, 1);
    snoozeRow->addWidget(m_snooze);
    layout->addLayout(snoozeRow);
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::buildSoundPage(QFuture<bool> voiceAvailable) {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_sound = new QCheckBox(tr("Play sound cues during a session and with reminders"), page);
    m_sound->setChecked(!m_settings.muted());
    m_sound->setAccessibleDescription(
        tr("Soft tones mark each step of a session and each reminder"));
    m_sound->setObjectName(QStringLiteral("soundOn"));
    layout->addWidget(m_sound);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Volume:"), page);
    m_volume = new QSlider(Qt::Horizontal, page);
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(5);
    m_volume->setPageStep(10);
    m_volume->setValue(m_settings.volumePercent());
    m_volume->setObjectName(QStringLiteral("volume"));
    m_volume->setAccessibleName(tr("Volume of the sound cues"));
    m_volume->setAccessibleDescription(tr("From 0 (silent) to 100 percent"));
    label->setBuddy(m_volume);
    auto* value = new QLabel(page);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
    auto showValue = [value](int v) {
        value->setText(tr("%1 %").arg(v));
    };
    showValue(m_volume->value());
    connect(m_volume, &QSlider::valueChanged, value, showValue);
    connect(m_sound, &QCheckBox::toggled, m_volume, &QWidget::setEnabled);
    m_volume->setEnabled(m_sound->isChecked());
    row->addWidget(label);
    row->addWidget(m_volume, 1);
    row->addWidget(value);
    layout->addLayout(row);
    m_voice = new QCheckBox(tr("Speak the instructions aloud"), page);
    m_voice->setChecked(m_settings.voiceEnabled());
    m_voice->setAccessibleDescription(tr("A voice says which leg and how long to hold, so you need "
                                         "not look at the screen"));
    m_voice->setObjectName(QStringLiteral("voiceOn"));
    layout->addWidget(m_voice);
    m_noVoice = new QLabel(tr("No speech voice for this language is installed on this "
                              "computer, so FootCoach plays its tones instead."),
                           page);
    m_noVoice->setObjectName(QStringLiteral("noVoice"));
    m_noVoice->setWordWrap(true);
    m_noVoice->hide();
    layout->addWidget(m_noVoice);
    // The speech engines take up to a second to answer; the dialog does not wait for them.
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher] {
        const QFuture<bool> answer = watcher->future();
        m_noVoice->setVisible(answer.resultCount() == 0 || !answer.result());
    });
    watcher->setFuture(voiceAvailable);
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::buildProgramPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro =
        new QLabel(tr("Change these only as your doctor or therapist advised. Every change "
                      "is noted in your history with its date."),
                   page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const ProgramOverrides program = m_settings.program();
    const Exercise& first = m_baseRoutine.exercises.first();
    m_hold = new QSpinBox(page);
    m_hold->setRange(largestMinimumHold(m_baseRoutine), Routine::kMaxHoldSeconds);
    m_hold->setSuffix(tr(" s"));
    m_hold->setValue(program.holdSeconds.value_or(first.holdSeconds));
    m_hold->setAccessibleDescription(tr("Seconds to hold each stretch"));
    m_hold->setObjectName(QStringLiteral("holdSeconds"));
    m_reps = new QSpinBox(page);
    m_reps->setRange(1, 20);
    m_reps->setValue(program.reps.value_or(first.reps));
    m_reps->setAccessibleDescription(tr("How many times each stretch is done on each leg"));
    m_reps->setObjectName(QStringLiteral("reps"));
    m_rest = new QSpinBox(page);
    m_rest->setRange(0, 600);
    m_rest->setSuffix(tr(" s"));
    m_rest->setValue(program.restSeconds.value_or(first.restSeconds));
    m_rest->setAccessibleDescription(tr("Seconds to relax between two holds on the same leg"));
    m_rest->setObjectName(QStringLiteral("restSeconds"));
    form->addRow(tr("&Hold each stretch for:"), m_hold);
    form->addRow(tr("&Repetitions on each leg:"), m_reps);
    form->addRow(tr("R&est between repetitions:"), m_rest);
    layout->addLayout(form);

    auto* routineBox = new QGroupBox(tr("Routine"), page);
    auto* routineLayout = new QVBoxLayout(routineBox);
    m_routineLabel = new QLabel(routineBox);
    m_routineLabel->setWordWrap(true);
    routineLayout->addWidget(m_routineLabel);
    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(tr("Open a routine file…"), routineBox);
    auto* builtIn = new QPushButton(tr("Use the standard routine"), routineBox);
    open->setAccessibleDescription(
        tr("Use stretches from a FootCoach routine file your therapist gave you"));
    builtIn->setAccessibleDescription(
        tr("Go back to the calf, hamstring and plantar fascia stretches"));
    connect(open, &QPushButton::clicked, this, &SettingsDialog::chooseRoutineFile);
    connect(builtIn, &QPushButton::clicked, this, &SettingsDialog::useBuiltInRoutine);
    buttons->addWidget(open);
    buttons->addWidget(builtIn);
    buttons->addStretch(1);
    routineLayout->addLayout(buttons);
    layout->addWidget(routineBox);
    layout->addStretch(1);
    showRoutine();
    return page;
}

QWidget* SettingsDialog::buildGeneralPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_autostartBox =
        new QCheckBox(tr("Start FootCoach when I log in, so reminders come also after a "
                         "restart"),
                      page);
    m_autostartBox->setChecked(m_autostart.isEnabled());
    m_autostartBox->setAccessibleDescription(
        tr("Adds FootCoach to the programs your desktop starts at login"));
    m_autostartBox->setObjectName(QStringLiteral("startAtLogin"));
    layout->addWidget(m_autostartBox);

    m_largeText =
        new QCheckBox(tr("Extra large text during a session, to read from farther away"), page);
    m_largeText->setObjectName(QStringLiteral("largeSessionText"));
    m_largeText->setChecked(m_settings.largeSessionText());
    m_largeText->setAccessibleDescription(
        tr("Makes the leg, the countdown labels and the steps bigger"));
    layout->addWidget(m_largeText);

    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Language:"), page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language is named in itself, so a user can find their own in a foreign interface.
    m_language->addItem(tr("The computer's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    m_language->setAccessibleDescription(
        tr("The language of FootCoach's screens, reminders and voice"));
    label->setBuddy(m_language);
    row->addWidget(label);
    row->addWidget(m_language, 1);
    layout->addLayout(row);
    auto* note = new QLabel(tr("A new language is used from the next start of FootCoach."), page);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::showRoutine() {
    m_routineLabel->setText(
        m_routineFile.isEmpty()
            ? tr("The standard routine: calf, seated hamstring and plantar fascia stretches.")
            : tr("From the file %1: %2")
                  .arg(m_routineFile, m_baseRoutine.title.forLocale(QLocale().name())));
}

void SettingsDialog::chooseRoutineFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a routine file"), QString(),
                                                      tr("FootCoach routines (*.json)"));
    if (path.isEmpty())
        return;
    RoutineResult loaded = RoutineLoader::loadFile(path);
    if (auto* error = std::get_if<RoutineError>(&loaded)) {
        QMessageBox::warning(
            this, tr("This routine cannot be used"),
            tr("Nothing was changed, because the file has a problem:\n\n%1").arg(error->message()));
        return;
    }
    m_routineFile = path;
    m_baseRoutine = std::get<Routine>(loaded);
    m_hold->setMinimum(largestMinimumHold(m_baseRoutine));
    showRoutine();
}

void SettingsDialog::useBuiltInRoutine() {
    m_routineFile.clear();
    m_baseRoutine = RoutineLoader::builtIn();
    m_hold->setMinimum(largestMinimumHold(m_baseRoutine));
    showRoutine();
}

bool SettingsDialog::apply() {
    Schedule schedule = m_settings.schedule();
    for (Slot slot : {Slot::Morning, Slot::Evening}) {
        const SlotControls& c = slot == Slot::Morning ? m_morning : m_evening;
        SlotSchedule& s = schedule.slot(slot);
        s.enabled = c.enabled->isChecked();
        s.time = c.time->time();
        for (int d = 0; d < 7; ++d)
            s.weekdays[d] = c.days[d]->isChecked();
    }
    schedule.snoozeMinutes = m_snooze->value();
    if (schedule.morning.time >= schedule.evening.time) {
        QMessageBox::warning(this, tr("Check the reminder times"),
                             tr("The morning reminder must come before the evening one."));
        return false;
    }
    m_settings.setSchedule(schedule);

    m_settings.setMuted(!m_sound->isChecked());
    m_settings.setVolumePercent(m_volume->value());
    m_settings.setVoiceEnabled(m_voice->isChecked());

    // Values equal to the routine's own are not overrides: a new routine file then rules.
    const Exercise& first = m_baseRoutine.exercises.first();
    ProgramOverrides program;
    if (m_hold->value() != first.holdSeconds)
        program.holdSeconds = m_hold->value();
    if (m_reps->value() != first.reps)
        program.reps = m_reps->value();
    if (m_rest->value() != first.restSeconds)
        program.restSeconds = m_rest->value();
    if (program != m_settings.program() || m_routineFile != m_settings.routineFile()) {
        m_settings.setProgram(program);
        m_settings.setRoutineFile(m_routineFile);
        Q_EMIT programChanged();
    }

    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setLargeSessionText(m_largeText->isChecked());

    if (m_autostartBox->isChecked() != m_autostart.isEnabled()) {
        QString error;
        if (!m_autostart.setEnabled(m_autostartBox->isChecked(), &error)) {
            QMessageBox::warning(this, tr("Start at login"), error);
            return false;
        }
        m_settings.setStartAtLogin(m_autostartBox->isChecked());
    }
    return true;
}

} // namespace footcoach
