#pragma once

#include <QProxyStyle>

namespace footcoach {

// The desktop's style, unchanged but for one thing: the chevron of the menu bar's overflow
// button is drawn here. Qt's own is a set of PNG files that the menu bar loads when it is
// created, and reading them the way Qt does loads and probes every image-format plugin (GIF,
// ICO, JPEG, SVG) on every start: about a millisecond for a button that is almost never shown.
class AppStyle final : public QProxyStyle {
    Q_OBJECT
public:
    // baseKey: the style the application would use otherwise (QStyle::name()).
    explicit AppStyle(const QString& baseKey);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

} // namespace footcoach
