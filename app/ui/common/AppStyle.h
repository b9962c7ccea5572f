#pragma once

#include <QProxyStyle>

namespace footcoach {

// The desktop's style, unchanged but for two things:
// - the keyboard focus is a ring three pixels wide in the palette's highlight colour, on
//   buttons, combo boxes and wherever the style draws a focus rectangle: many styles show it
//   as a one-pixel tint that weak eyes miss, and on the home screen's default button not at
//   all;
// - the chevron of the menu bar's overflow button is drawn here. Qt's own is a set of PNG files
//   that the menu bar loads when it is created, and reading them the way Qt does loads and
//   probes every image-format plugin (GIF, ICO, JPEG, SVG) on every start: about a millisecond
//   for a button that is almost never shown.
class AppStyle final : public QProxyStyle {
    Q_OBJECT
public:
    // baseKey: the style the application would use otherwise (QStyle::name()).
    explicit AppStyle(const QString& baseKey);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                            QPainter* painter, const QWidget* widget = nullptr) const override;

    static constexpr int kFocusRingWidth = 3;
    // The app's text against the desktop's: a quarter larger, in proportion to it (main.cpp).
    static constexpr qreal kTextScale = 1.25;
};

} // namespace footcoach
