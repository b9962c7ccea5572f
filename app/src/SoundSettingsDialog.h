#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QSlider;

namespace footcoach {

class AppSettings;

// Sound cues on or off, their volume, and spoken guidance. Nothing changes until OK.
class SoundSettingsDialog : public QDialog {
    Q_OBJECT
public:
    SoundSettingsDialog(AppSettings& settings, bool voiceAvailable, QWidget* parent = nullptr);

    void apply();

private:
    AppSettings& m_settings;
    QCheckBox* m_sound = nullptr;
    QSlider* m_volume = nullptr;
    QLabel* m_volumeValue = nullptr;
    QCheckBox* m_voice = nullptr;
};

} // namespace footcoach
