#pragma once

#include <QObject>

class QBoxLayout;
class QLabel;
class QListWidget;
class QScrollArea;

namespace footcoach {

class SafetyNote;

// How the session's run page gives way when the text is large for the screen, so that the
// countdown and the controls stay in sight without scrolling. The picture and the step list
// give way by their size policies; this arranges the rest, as little as is needed:
// 1. the rep goes under the leg banner when the two do not fit side by side (the banner's
//    letters must never be cut);
// 2. then under the phase's word, as the countdown's column has room to spare (the ring gives
//    way);
// 3. then the first session's safety note shows its gist instead of the whole of it;
// 4. then the step list shows two lines of the step rather than four (it scrolls with the step);
// 5. then the page's gaps close up.
// Only beyond that does the page scroll.
class RunPageFit final : public QObject {
public:
    struct Parts {
        QScrollArea* scroll; // the page, all but the controls
        QBoxLayout* legRow;  // the leg banner, and the rep beside or under it
        QLabel* leg;
        QLabel* rep;
        QBoxLayout* countdownColumn; // the phase's word, the ring, what comes next
        SafetyNote* safetyNote;
        QListWidget* steps;
    };
    // Fits the page again whenever its scroll area's viewport is resized.
    explicit RunPageFit(Parts parts);

    // Arranges the page for its size now: after its texts change.
    void fit();
    // The page's height at its width now, as arranged now.
    int heightNeeded() const;

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool fitsTheScreen() const;
    void placeRep(bool besideTheLeg, bool underThePhase);
    void setStepLines(int lines);
    void setTight(bool tight);

    Parts m_parts;
    const QObject* m_viewport;
};

} // namespace footcoach
