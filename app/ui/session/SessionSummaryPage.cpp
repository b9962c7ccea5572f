#include "ui/session/SessionSummaryPage.h"

#include "footcoach/SessionEngine.h"
#include "ui/common/NumbnessBox.h"
#include "ui/session/SessionTextSizes.h"

#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace footcoach {

SessionSummaryPage::SessionSummaryPage(SessionTextSizes& sizes, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(20);
    auto* title = new QLabel(tr("Well done"), this);
    sizes.add(title, 2.2, true);
    layout->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    sizes.add(m_summary, 1.3);
    layout->addWidget(m_summary);
    addQuestion(sizes, layout);
    m_done = new QPushButton(tr("Back to the start screen"), this);
    m_done->setMinimumHeight(64);
    sizes.add(m_done, 1.3, true);
    m_done->setDefault(true);
    m_done->setAccessibleDescription(tr("Saves your answer, if any, and shows the start screen"));
    connect(m_done, &QPushButton::clicked, this, &SessionSummaryPage::doneRequested);
    layout->addWidget(m_done);
    // Enter on the closed drop-down takes the value shown (an open one picks its item itself).
    for (const int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* enter = new QShortcut(QKeySequence(key), m_numbnessAfter);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, m_done, &QPushButton::click);
    }
    layout->addStretch(1);
}

void SessionSummaryPage::addQuestion(SessionTextSizes& sizes, QLayout* layout) {
    auto* question = new QLabel(tr("How numb do your feet feel now? (optional)"), this);
    question->setWordWrap(true);
    sizes.add(question, 1.2);
    m_numbnessAfter = new NumbnessBox(this);
    m_numbnessAfter->setAccessibleName(tr("Numbness after the session, 0 to 10"));
    m_numbnessAfter->setAccessibleDescription(tr("Optional. Compare it with how you felt before"));
    question->setBuddy(m_numbnessAfter);
    layout->addWidget(question);
    layout->addWidget(m_numbnessAfter);
}

void SessionSummaryPage::showResult(const SessionResult& result) {
    QString text =
        tr("You finished %1 of %n holds.", nullptr, result.holdsPlanned).arg(result.holdsCompleted);
    if (result.status != SessionStatus::Complete)
        text += QLatin1Char(' ') + tr("That is saved as a partly done session.");
    else
        text += QLatin1Char(' ') + tr("Your session is saved.");
    m_summary->setText(text);
    m_numbnessAfter->setFocus();
}

void SessionSummaryPage::reset() {
    m_numbnessAfter->reset();
}

std::optional<int> SessionSummaryPage::numbnessAfter() const {
    return m_numbnessAfter->value();
}

} // namespace footcoach
