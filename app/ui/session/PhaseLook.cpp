#include "ui/session/PhaseLook.h"

#include "ui/common/ColourContrast.h"

#include <QLabel>

namespace footcoach::PhaseLook {

PhaseMood moodOf(PhaseKind kind, EngineState state) {
    if (state == EngineState::Paused)
        return PhaseMood::Paused;
    switch (kind) {
    case PhaseKind::GetReady:
    case PhaseKind::Position:
        return PhaseMood::Position;
    case PhaseKind::Hold:
        return PhaseMood::Hold;
    case PhaseKind::Rest:
        return PhaseMood::Relax;
    case PhaseKind::SwitchSide:
        return PhaseMood::Switch;
    case PhaseKind::Done:
        return PhaseMood::Done;
    }
    return PhaseMood::Position;
}

QColor colour(PhaseMood mood, const QPalette& palette) {
    struct Tones {
        QRgb deep;
        QRgb bright;
    };
    // Amber, green, violet, magenta, grey and teal: apart from each other and from the legs'
    // blue and orange.
    const Tones tones = [mood]() -> Tones {
        switch (mood) {
        case PhaseMood::Position:
            return {0x7a5200, 0xffd166};
        case PhaseMood::Hold:
            return {0x1b6e2e, 0x74d68a};
        case PhaseMood::Relax:
            return {0x5b3c99, 0xc8b4f5};
        case PhaseMood::Switch:
            return {0x9b1f64, 0xf59ac8};
        case PhaseMood::Paused:
            return {0x5f6368, 0xb8bcc2};
        case PhaseMood::Done:
            return {0x00646b, 0x6fd6dc};
        }
        return {0x5f6368, 0xb8bcc2};
    }();
    const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
    return QColor(darkWindow ? tones.bright : tones.deep);
}

void styleBanner(QLabel* label, PhaseMood mood, const QPalette& window) {
    const QColor fill = colour(mood, window);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 12px; "
                                        "padding: 6px 14px; }")
                             .arg(fill.name(), ColourContrast::textOn(fill).name()));
}

void styleLegBanner(QLabel* label, Side side) {
    const QColor left(0x1b, 0x5e, 0x9a);  // blue
    const QColor right(0x8a, 0x3f, 0x00); // dark orange
    const QColor both(0x3c, 0x46, 0x52);
    const QColor bg = side == Side::Left ? left : side == Side::Right ? right : both;
    label->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; border-radius: 12px; "
                       "padding: 10px 18px; }")
            .arg(bg.name()));
}

} // namespace footcoach::PhaseLook
