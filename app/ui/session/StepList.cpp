#include "ui/session/StepList.h"

namespace footcoach {

StepList::StepList(QWidget* parent)
    : QListWidget(parent) {}

void StepList::currentChanged(const QModelIndex& current, const QModelIndex& previous) {
    if (hasFocus()) {
        QListWidget::currentChanged(current, previous);
        return;
    }
    // The item view's own work (repaint, scrolling), without QListView's focus event.
    QAbstractItemView::currentChanged(current, previous); // NOLINT(bugprone-parent-virtual-call)
}

} // namespace footcoach
