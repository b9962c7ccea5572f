#pragma once

#include <QProgressBar>

namespace footcoach {

// How far the session is, as a thin bar for the eye. A screen reader finds it named, with how
// far in its description, but is not told of every change: Orca reads any progress bar out on
// its own every ten seconds ("40 percent"), which cut off the phase announcements
// (PhaseAnnouncer) in mid-sentence. Its accessible is therefore a plain progress bar widget
// without a value, whose changes Qt's bridge does not send.
class SessionProgress : public QProgressBar {
    Q_OBJECT
public:
    explicit SessionProgress(QWidget* parent = nullptr);
};

} // namespace footcoach
