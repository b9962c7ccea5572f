#include "ui/session/StepList.h"

namespace footcoach {

StepList::StepList(QWidget* parent)
    : QListWidget(parent) {}

void StepList::currentChanged(const QModelIndex& current, const QModelIndex& previous) {
    if (hasFocus())
        QListWidget::currentChanged(current, previous);
    else // the item view's own work (repaint, scrolling), without QListView's focus event
        QAbstractItemView::currentChanged(current,
                                          previous); // NOLINT(bugprone-parent-virtual-call)
    showCurrentAtTop();
}

void StepList::resizeEvent(QResizeEvent* event) {
    QListWidget::resizeEvent(event);
    showCurrentAtTop(); // the steps wrap anew, and the list kept its scroll position in pixels
}

// The step's beginning at the top: when the list is short (large text on a small screen),
// scrolling it just into view would show its first line at the bottom.
void StepList::showCurrentAtTop() {
    if (currentIndex().isValid())
        scrollTo(currentIndex(), QAbstractItemView::PositionAtTop);
}

} // namespace footcoach
