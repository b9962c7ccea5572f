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

QString SafetyNote::briefText() {
    return tr("Ask your doctor first. Stop a stretch that hurts, and hold on to a wall when you "
              "stand.");
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
    m_label = new WrappedLabel(text(), this);
    if (compact) {
        QFont f = m_label->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        m_label->setFont(f);
    }
    auto* ok = new QPushButton(tr("I understand"), this);
    ok->setAccessibleDescription(tr("Hide this safety note from now on"));
    layout->addWidget(m_label, 1);
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

void SafetyNote::setBrief(bool brief) {
    if (brief == m_brief)
        return;
    m_brief = brief;
    m_label->setText(brief ? briefText() : text());
    // The layout around the note keeps the height it asked of it until told: a fitting that
    // measures at once must see the new one.
    updateGeometry();
}

} // namespace footcoach
