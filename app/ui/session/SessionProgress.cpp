#include "ui/session/SessionProgress.h"

#include <QAccessibleWidget>

namespace footcoach {

namespace {

QAccessibleInterface* quietProgressFor(const QString&, QObject* object) {
    if (auto* bar = qobject_cast<SessionProgress*>(object))
        return new QAccessibleWidget(bar, QAccessible::ProgressBar);
    return nullptr;
}

} // namespace

SessionProgress::SessionProgress(QWidget* parent)
    : QProgressBar(parent) {
    static const bool installed = (QAccessible::installFactory(&quietProgressFor), true);
    Q_UNUSED(installed);
    connect(this, &QProgressBar::valueChanged, this, [this](int value) {
        const int percent =
            maximum() > minimum() ? (value - minimum()) * 100 / (maximum() - minimum()) : 0;
        const QString text = tr("%1 % done").arg(percent);
        if (accessibleDescription() != text) // a change a second would be noise
            setAccessibleDescription(text);
    });
}

} // namespace footcoach
