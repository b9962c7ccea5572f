#include "ui/session/RunPageFit.h"

#include "ui/info/SafetyNote.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>

namespace footcoach {

RunPageFit::RunPageFit(Parts parts)
    : QObject(parts.scroll)
    , m_parts(parts)
    , m_viewport(parts.scroll->viewport()) {
    // The viewport, not the scroll area: it is resized after its scroll area, and with a scroll
    // bar's coming and going.
    parts.scroll->viewport()->installEventFilter(this);
}

bool RunPageFit::eventFilter(QObject* watched, QEvent* event) {
    // The scroll area is not asked for its viewport here: events come while it is destroyed.
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fit();
    return false;
}

void RunPageFit::fit() {
    const QMargins margins = m_parts.scroll->widget()->layout()->contentsMargins();
    // Two columns, the leg row in the left one.
    const int column =
        (m_parts.scroll->viewport()->width() - margins.left() - margins.right() - 24) / 2;
    const int sideBySide = m_parts.leg->sizeHint().width() + m_parts.legRow->spacing() +
                           m_parts.rep->fontMetrics().horizontalAdvance(m_parts.rep->text()) + 8;
    const bool beside = sideBySide <= column;
    m_parts.safetyNote->setBrief(false);
    setStepLines(4);
    setTight(false);
    placeRep(beside, false);
    if (fitsTheScreen())
        return;
    if (!beside) {
        placeRep(false, true);
        if (fitsTheScreen())
            return;
    }
    if (!m_parts.safetyNote->isHidden()) {
        m_parts.safetyNote->setBrief(true);
        if (fitsTheScreen())
            return;
    }
    setStepLines(2);
    if (fitsTheScreen())
        return;
    setTight(true);
}

void RunPageFit::setTight(bool tight) {
    QLayout* page = m_parts.scroll->widget()->layout();
    page->setSpacing(tight ? 4 : 12);
    page->setContentsMargins(24, tight ? 4 : 16, 24, tight ? 0 : 8);
    m_parts.countdownColumn->setSpacing(tight ? 2 : 10);
}

void RunPageFit::setStepLines(int lines) {
    QListWidget* steps = m_parts.steps;
    steps->setMinimumHeight(steps->fontMetrics().lineSpacing() * lines + 2 * steps->frameWidth() +
                            8);
}

void RunPageFit::placeRep(bool besideTheLeg, bool underThePhase) {
    QLabel* rep = m_parts.rep;
    m_parts.countdownColumn->removeWidget(rep);
    m_parts.legRow->removeWidget(rep);
    if (underThePhase) {
        m_parts.countdownColumn->insertWidget(1, rep);
        rep->setAlignment(Qt::AlignCenter);
        return;
    }
    m_parts.legRow->setDirection(besideTheLeg ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_parts.legRow->addWidget(rep, 1);
    rep->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

bool RunPageFit::fitsTheScreen() const {
    return heightNeeded() <= m_parts.scroll->height();
}

int RunPageFit::heightNeeded() const {
    // The layouts keep the sizes they worked out until told: the rep may have moved since (the
    // note's label tells its own layout of a new text).
    for (QLayout* moved :
         {static_cast<QLayout*>(m_parts.legRow), static_cast<QLayout*>(m_parts.countdownColumn)})
        for (QLayout* l = moved; l; l = qobject_cast<QLayout*>(l->parent()))
            l->invalidate();
    // At the width the scroll area measures the page at: the viewport's, less a scroll bar while
    // one is shown.
    const QWidget* content = m_parts.scroll->widget();
    const int width = m_parts.scroll->viewport()->width();
    return std::max(content->minimumSizeHint().height(), content->heightForWidth(width));
}

} // namespace footcoach
