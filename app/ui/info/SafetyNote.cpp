#include "ui/info/SafetyNote.h"

#include "services/settings/AppSettings.h"
#include "ui/common/WrappedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace footcoach {

QString SafetyNote::text() {
    return tr(
        "Before you begin, ask your doctor whether these stretches suit you. Stretch gently: "
        "if a stretch hurts, stop it. Feet that feel numb make a fall more likely, so keep your "
        "balance: do the standing stretches next to a wall or in a door frame and hold on "
        "to it. Numbness that lasts or keeps coming back needs a doctor's look. Never change or "
        "stop a medicine on your own; talk to your doctor "
        "first.");
}

SafetyNote::SafetyNote(AppSettings& settings, bool compact, QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("safetyNote"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor(0x3a, 0x34, 0x1c) : QColor(0xfff4d6));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xf1, 0xe7, 0xc4) : QColor(0x3d, 0x32, 0x00));
    setPalette(pal);

    auto* layout = new QHBoxLayout(this);
    auto* label = new WrappedLabel(text(), this);
    if (compact) {
        QFont f = label->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        label->setFont(f);
    }
    auto* ok = new QPushButton(tr("I understand"), this);
    ok->setAccessibleDescription(tr("Hide this safety note from now on"));
    layout->addWidget(label, 1);
    layout->addWidget(ok, 0, Qt::AlignVCenter);
    setAccessibleName(tr("Safety note"));
    setAccessibleDescription(text());

    // Hidden only when acknowledged: showing a widget that is not on screen yet lays it out at
    // once (the wrapped text twice), which start-up would pay for nothing.
    if (settings.safetyAcknowledged())
        hide();
    connect(ok, &QPushButton::clicked, &settings,
            [&settings] { settings.setSafetyAcknowledged(true); });
    connect(&settings, &AppSettings::safetyAcknowledgedChanged, this,
            [this](bool acknowledged) { setVisible(!acknowledged); });
}

} // namespace footcoach
