#include "ui/common/NumbnessBox.h"

namespace footcoach {

NumbnessBox::NumbnessBox(QWidget* parent)
    : QComboBox(parent) {
    addItem(tr("Skip this question"));
    addItem(tr("0 – normal feeling"), 0);
    for (int i = 1; i <= 9; ++i)
        addItem(QString::number(i), i);
    addItem(tr("10 – no feeling at all"), 10);
}

std::optional<int> NumbnessBox::value() const {
    const QVariant v = currentData();
    return v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
}

void NumbnessBox::reset() {
    setCurrentIndex(0);
}

} // namespace footcoach
