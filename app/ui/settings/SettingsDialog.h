#pragma once

#include "footcoach/Routine.h"

#include <QDialog>
#include <QFuture>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTimeEdit;

namespace footcoach {

class AppSettings;
class AutostartEntry;

// All settings on four pages: reminders, sound and voice, the program, and starting at login.
// Nothing changes until the user presses OK (or Apply).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // baseRoutine: the routine before the user's program changes, for the limits and defaults.
    // voiceAvailable: whether a speech voice speaks the interface language, which may be known
    // only after the dialog is shown (the sound page says so then).
    SettingsDialog(AppSettings& settings, const AutostartEntry& autostart, Routine baseRoutine,
                   QFuture<bool> voiceAvailable, QWidget* parent = nullptr);

    // Writes every page's values. Returns false (and says why) when something could not be saved.
    bool apply();

Q_SIGNALS:
    // The program (hold, reps, rest or routine file) changed: the session plan must follow.
    void programChanged();

private:
    QWidget* buildRemindersPage();
    QWidget* buildSoundPage(QFuture<bool> voiceAvailable);
    QWidget* buildProgramPage();
    QWidget* buildGeneralPage();
    void chooseRoutineFile();
    void useBuiltInRoutine();
    void showRoutine();

    AppSettings& m_settings;
    const AutostartEntry& m_autostart;
    Routine m_baseRoutine;
    QString m_routineFile;

    struct SlotControls {
        QCheckBox* enabled = nullptr;
        QTimeEdit* time = nullptr;
        QList<QCheckBox*> days;
    };
    SlotControls m_morning;
    SlotControls m_evening;
    QSpinBox* m_snooze = nullptr;
    QCheckBox* m_sound = nullptr;
    QSlider* m_volume = nullptr;
    QCheckBox* m_voice = nullptr;
    QLabel* m_noVoice = nullptr; // shown once no voice is known to speak the language
    QSpinBox* m_hold = nullptr;
    QSpinBox* m_reps = nullptr;
    QSpinBox* m_rest = nullptr;
    QLabel* m_routineLabel = nullptr;
    QCheckBox* m_autostartBox = nullptr;
    QCheckBox* m_largeText = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace footcoach
