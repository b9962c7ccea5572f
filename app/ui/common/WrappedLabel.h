#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>

namespace footcoach {

// A word-wrapped text label that remembers its height for the last few widths it was asked
// about. Qt's layouts ask a label's height for one width many times while a window is laid out
// (its minimum and its preferred height are asked apart, and each enclosing layout asks again),
// and QLabel lays the whole text out anew for every question: for the home screen that was
// some two hundred layouts of a dozen texts before the first window could show. The answer
// is remembered with everything it depends on (text, font and resolution, margins,
// indent, alignment, text format, direction, buddy), so any change to those is a fresh question.
class WrappedLabel final : public QLabel {
    Q_OBJECT
public:
    explicit WrappedLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

private:
    struct Inputs {
        QString text;
        QFont font;
        QMargins margins;
        int margin = 0;
        int indent = 0;
        int alignment = 0;
        int format = 0;
        int minimumWidth = 0;
        int interaction = 0;
        int direction = 0;
        int dpi = 0;
        bool hasBuddy = false;
        bool operator==(const Inputs&) const = default;
    };
    struct Answer {
        int width = -1;
        int height = 0;
    };
    Inputs inputs() const;

    mutable Inputs m_inputs;
    mutable std::array<Answer, 4> m_answers;
    mutable std::size_t m_next = 0;
};

} // namespace footcoach
