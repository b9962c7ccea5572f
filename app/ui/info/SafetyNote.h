#pragma once

#include <QFrame>

namespace footcoach {

class AppSettings;
class WrappedLabel;

// A calm, non-modal note on safety, shown until the user acknowledges it once.
class SafetyNote : public QFrame {
    Q_OBJECT
public:
    SafetyNote(AppSettings& settings, bool compact, QWidget* parent = nullptr);

    static QString text();
    // The note's gist in a sentence, for a session screen too small for the whole of it (the
    // start screen has shown it whole).
    static QString briefText();

    // Shows the gist instead of the whole note; a screen reader still has the whole note.
    void setBrief(bool brief);
    bool isBrief() const { return m_brief; }

private:
    WrappedLabel* m_label = nullptr;
    bool m_brief = false;
};

} // namespace footcoach
