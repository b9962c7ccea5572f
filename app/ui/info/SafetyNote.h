#pragma once

#include <QFrame>

namespace footcoach {

class AppSettings;

// A calm, non-modal note on safety, shown until the user acknowledges it once.
class SafetyNote : public QFrame {
    Q_OBJECT
public:
    SafetyNote(AppSettings& settings, bool compact, QWidget* parent = nullptr);

    static QString text();
};

} // namespace footcoach
