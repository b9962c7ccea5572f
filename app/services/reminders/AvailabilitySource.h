#pragma once

#include <QObject>

namespace footcoach {

// One thing that can keep the user from acting on a reminder: a locked screen or inactive
// session, a user away from the keyboard, a fullscreen window. Each source follows its desktop
// service's signals and says changed() when its answer changes.
class AvailabilitySource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~AvailabilitySource() override = default;

    // True while this source says the user cannot act on a reminder now.
    virtual bool blocks() const = 0;
    // Called just before a reminder would be shown, and while one waits: a source that can
    // only be asked (an idle time with no signal for it) asks now. Sources that follow signals
    // need nothing here.
    virtual void refresh() {}
    // Whether a reminder waits on the user: a source that must ask may then arm one timer for
    // its next question, and stops when nothing waits.
    virtual void setWaiting(bool waiting) { Q_UNUSED(waiting); }

Q_SIGNALS:
    void changed();
};

} // namespace footcoach
