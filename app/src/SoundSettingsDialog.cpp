#include "SoundSettingsDialog.h"

#include "AppSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

namespace footcoach {

SoundSettingsDialog::SoundSettingsDialog(AppSettings& settings, bool voiceAvailable,
                                         QWidget* parent)
    : QDialog(parent)
    , m_settings(settings) {
    setWindowTitle(tr("Sound and voice"));
    auto* layout = new QVBoxLayout(this);

    m_sound = new QCheckBox(tr("Play sound cues during a session"), this);
    m_sound->setChecked(!settings.muted());
    layout->addWidget(m_sound);

    auto* volumeRow = new QHBoxLayout;
    auto* volumeLabel = new QLabel(tr("&Volume:"), this);
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(5);
    m_volume->setPageStep(10);
    m_volume->setValue(settings.volumePercent());
    m_volume->setAccessibleName(tr("Volume of the sound cues"));
    volumeLabel->setBuddy(m_volume);
    m_volumeValue = new QLabel(this);
    m_volumeValue->setMinimumWidth(
        m_volumeValue->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
    auto showValue = [this](int v) {
        m_volumeValue->setText(tr("%1 %").arg(v));
    };
    showValue(m_volume->value());
    connect(m_volume, &QSlider::valueChanged, this, showValue);
    connect(m_sound, &QCheckBox::toggled, m_volume, &QWidget::setEnabled);
    m_volume->setEnabled(m_sound->isChecked());
    volumeRow->addWidget(volumeLabel);
    volumeRow->addWidget(m_volume, 1);
    volumeRow->addWidget(m_volumeValue);
    layout->addLayout(volumeRow);

    m_voice = new QCheckBox(tr("Speak the instructions aloud"), this);
    m_voice->setChecked(settings.voiceEnabled());
    layout->addWidget(m_voice);
    if (!voiceAvailable) {
        auto* note = new QLabel(tr("No speech voice is installed on this computer, so FootCoach "
                                   "plays its tones instead."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SoundSettingsDialog::apply() {
    m_settings.setMuted(!m_sound->isChecked());
    m_settings.setVolumePercent(m_volume->value());
    m_settings.setVoiceEnabled(m_voice->isChecked());
}

} // namespace footcoach
