#include "ui/common/WrappedLabel.h"

namespace footcoach {

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent) {
    setWordWrap(true);
}

WrappedLabel::Inputs WrappedLabel::inputs() const {
    return {text(),
            font(),
            contentsMargins(),
            margin(),
            indent(),
            int(alignment()),
            int(textFormat()),
            minimumWidth(),
            int(textInteractionFlags()),
            int(layoutDirection()),
            logicalDpiY(),
            buddy() != nullptr};
}

int WrappedLabel::heightForWidth(int width) const {
    const Inputs now = inputs();
    if (!(now == m_inputs)) {
        m_inputs = now;
        m_answers.fill({});
    }
    for (const Answer& answer : m_answers)
        if (answer.width == width)
            return answer.height;
    const int height = QLabel::heightForWidth(width);
    m_answers[m_next] = {width, height};
    m_next = (m_next + 1) % m_answers.size();
    return height;
}

} // namespace footcoach
