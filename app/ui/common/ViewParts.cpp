#include "ui/common/ViewParts.h"

#include "ui/common/PageScrollArea.h"
#include "ui/common/WrappedLabel.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace footcoach::ViewParts {

QLabel* heading(const QString& text, qreal scale, QWidget* parent) {
    auto* label = new WrappedLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    return label;
}

QFrame* card(QWidget* parent) {
    auto* frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    return frame;
}

QVBoxLayout* scrollingPage(QWidget* view, const QMargins& margins, int spacing) {
    auto* outer = new QVBoxLayout(view);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new PageScrollArea(view);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    // Focus given to the view goes to the scroll area, so Page Up / Page Down and the arrow
    // keys scroll it: a keyboard user reaches what is below the fold.
    view->setFocusProxy(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(margins);
    layout->setSpacing(spacing);
    return layout;
}

QString plainWords(const QString& text) {
    QString words;
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category < QChar::Symbol_Math || category > QChar::Symbol_Other)
            words += c;
    }
    return words.simplified();
}

void setButtonText(QPushButton* button, const QString& text) {
    button->setText(text);
    const QString name = plainWords(text);
    if (button->accessibleName() != name) // a name change is announced; not every second
        button->setAccessibleName(name);
}

} // namespace footcoach::ViewParts
