#pragma once

#include <QScrollArea>

namespace footcoach {

// The scroll area of a main-window page (home, History). The window sets its own size, so the
// page's size hint is never used to size it; QScrollArea's would lay out every word-wrapped
// label of the page to compute it, which was a third of the work before the first window
// appeared.
class PageScrollArea final : public QScrollArea {
    Q_OBJECT
public:
    using QScrollArea::QScrollArea;

    QSize sizeHint() const override;
};

} // namespace footcoach
