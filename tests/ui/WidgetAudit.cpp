#include "WidgetAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTextBrowser>

namespace footcoach::test {

namespace {

QString describe(const QWidget* w) {
    QString name = w->objectName();
    if (const auto* b = qobject_cast<const QAbstractButton*>(w))
        name += QStringLiteral(" \"%1\"").arg(b->text());
    if (const auto* l = qobject_cast<const QLabel*>(w))
        name += QStringLiteral(" \"%1\"").arg(l->text().left(60));
    return QStringLiteral("%1%2").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

bool isInteractive(const QWidget* w) {
    if (qobject_cast<const QScrollBar*>(w) || qobject_cast<const QTabBar*>(w))
        return false;
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return false; // Qt's own parts (viewports, spin box line edits)
    if (w->parentWidget() && (qobject_cast<const QAbstractSpinBox*>(w->parentWidget()) ||
                              qobject_cast<const QComboBox*>(w->parentWidget()) ||
                              qobject_cast<const QTabBar*>(w->parentWidget())))
        return false;
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w) ||
           qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QAbstractSlider*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QLineEdit*>(w);
}

} // namespace

QStringList unnamedControls(QWidget* root) {
    QStringList problems;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!isInteractive(w) || (w != root && !w->isVisibleTo(root)))
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        if (!a) {
            problems << describe(w) + QStringLiteral(": no accessible interface");
            continue;
        }
        if (a->text(QAccessible::Name).trimmed().isEmpty())
            problems << describe(w) + QStringLiteral(": no accessible name");
        if (a->text(QAccessible::Description).trimmed().isEmpty() && w->toolTip().isEmpty())
            problems << describe(w) + QStringLiteral(": no accessible description");
    }
    return problems;
}

QStringList clippedTexts(QWidget* root) {
    QStringList problems;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().isEmpty() || label->pixmap().isNull() == false)
                continue;
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 1)
                    problems << describe(w) + QStringLiteral(": needs %1 px of height, has %2")
                                                  .arg(needed)
                                                  .arg(label->height());
            } else if (label->sizeHint().width() > label->width() + 1) {
                problems << describe(w) + QStringLiteral(": needs %1 px of width, has %2")
                                              .arg(label->sizeHint().width())
                                              .arg(label->width());
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (button->text().isEmpty())
                continue;
            const QSize hint = button->sizeHint();
            if (hint.width() > button->width() + 1 || hint.height() > button->height() + 1)
                problems << describe(w) + QStringLiteral(": needs %1x%2, has %3x%4")
                                              .arg(hint.width())
                                              .arg(hint.height())
                                              .arg(button->width())
                                              .arg(button->height());
        }
    }
    return problems;
}

} // namespace footcoach::test
