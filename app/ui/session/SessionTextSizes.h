#pragma once

#include <QList>

class QWidget;

namespace footcoach {

class AppSettings;

// The session screen's text sizes: each widget's text is a multiple of the application's font,
// so the desktop's text size still counts, and larger again with the extra-large setting.
class SessionTextSizes {
public:
    explicit SessionTextSizes(const AppSettings& settings);

    // Sizes widget's text now and again at each apply().
    void add(QWidget* widget, qreal factor, bool bold = false);
    // After a change of the application's font or of the extra-large setting.
    void apply();

private:
    // Session text can be made larger still than the rest of the app (a setting).
    static constexpr qreal kLargeTextFactor = 1.35;
    struct Sized {
        QWidget* widget;
        qreal factor;
        bool bold;
    };
    void applyTo(const Sized& sized) const;

    const AppSettings& m_settings;
    QList<Sized> m_sized;
};

} // namespace footcoach
