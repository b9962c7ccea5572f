#include "ui/home/HomeView.h"
#include "footcoach/Words.h"
#include "ui/common/ViewParts.h"

#include "services/settings/AppSettings.h"
#include "ui/common/Illustrations.h"
#include "ui/common/NumbnessBox.h"
#include "ui/common/WrappedLabel.h"
#include "ui/info/SafetyNote.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace footcoach {

namespace {

using ViewParts::card;
using ViewParts::heading;

// Four text styles on the home screen: body text, the cards' larger text, bold headings (also the
// stretches' names) and one bold title size shared by the date and the start button. Sizes repeat
// rather than differ by a tenth: each distinct size and weight is a font to find and load before
// the first window can show.
constexpr qreal titleScale = 1.5;
constexpr qreal headingScale = 1.25;
constexpr qreal cardScale = 1.2;

} // namespace

QString HomeView::statusText(SlotStatus status) {
    switch (status) {
    // The symbols repeat the marks of the History screen.
    case SlotStatus::Done:
        return QStringLiteral("✓ ") + Words::slotStatus(status);
    case SlotStatus::Partial:
        return QStringLiteral("◐ ") + Words::slotStatus(status);
    case SlotStatus::Missed:
        return QStringLiteral("✗ ") + Words::slotStatus(status);
    case SlotStatus::Upcoming:
    case SlotStatus::NotTracked: // the home screen shows today, which is always tracked
        return QStringLiteral("○ ") + Words::slotStatus(SlotStatus::Upcoming);
    }
    return {};
}

HomeView::HomeView(AppSettings& settings, Illustrations& illustrations, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_illustrations(illustrations) {
    QVBoxLayout* layout = ViewParts::scrollingPage(this, QMargins(32, 24, 32, 24), 18);
    QWidget* content = layout->parentWidget();

    // The date comes with setToday(), from the injected clock.
    m_date = heading(QString(), titleScale, content);
    layout->addWidget(m_date);
    layout->addWidget(new SafetyNote(settings, false, content));

    // Today's two sessions.
    layout->addWidget(heading(tr("Today"), headingScale, content));
    addTodaySlots(content, layout);
    addCheckIn(content, layout);
    addStartButtons(content, layout);
    addRoutine(content, layout);
    layout->addStretch(1);
    setAccessibleName(tr("Home"));
}

// The morning and evening cards, then what comes next and the next reminder.
void HomeView::addTodaySlots(QWidget* page, QVBoxLayout* layout) {
    auto* today = new QHBoxLayout;
    today->setSpacing(16);
    for (QLabel** slotLabel : {&m_morning, &m_evening}) {
        QFrame* frame = card(page);
        auto* box = new QVBoxLayout(frame);
        *slotLabel = new WrappedLabel(QString(), frame);
        QFont f = (*slotLabel)->font();
        f.setPointSizeF(f.pointSizeF() * cardScale);
        (*slotLabel)->setFont(f);
        box->addWidget(*slotLabel);
        today->addWidget(frame, 1);
    }
    layout->addLayout(today);
    m_next = new WrappedLabel(QString(), page);
    layout->addWidget(m_next);
    m_reminder = new WrappedLabel(QString(), page);
    m_reminder->setVisible(false);
    layout->addWidget(m_reminder);
}

// The optional check-in before the session.
void HomeView::addCheckIn(QWidget* page, QVBoxLayout* layout) {
    auto* checkIn = new QHBoxLayout;
    auto* question = new WrappedLabel(tr("How numb do your feet feel right now? (optional)"), page);
    m_numbness = new NumbnessBox(page);
    question->setBuddy(m_numbness);
    m_numbness->setAccessibleName(tr("Numbness before the session, 0 to 10"));
    m_numbness->setAccessibleDescription(
        tr("Optional. Your answer is kept with the session so you can "
           "see a trend"));
    checkIn->addWidget(question, 1);
    checkIn->addWidget(m_numbness);
    layout->addLayout(checkIn);
}

// The big button for the session that is due, and the way to the history.
void HomeView::addStartButtons(QWidget* page, QVBoxLayout* layout) {
    m_start = new QPushButton(page);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setMinimumHeight(72);
    QFont big = m_start->font();
    big.setPointSizeF(big.pointSizeF() * titleScale);
    big.setBold(true);
    m_start->setFont(big);
    m_start->setDefault(true);
    m_start->setAccessibleDescription(tr("Starts the guided stretching session"));
    connect(m_start, &QPushButton::clicked, this, [this] {
        Q_EMIT startRequested(m_dueSlot, m_numbness->value());
        m_numbness->reset();
    });
    layout->addWidget(m_start);
    auto* history = new QPushButton(tr("See your history and print a report…"), page);
    history->setObjectName(QStringLiteral("historyButton"));
    history->setMinimumHeight(44);
    history->setToolTip(tr("Ctrl+H"));
    connect(history, &QPushButton::clicked, this, &HomeView::historyRequested);
    layout->addWidget(history, 0, Qt::AlignLeft);
}

// The routine at a glance (filled in by setPlan), and the way to what the stretches are for.
void HomeView::addRoutine(QWidget* page, QVBoxLayout* layout) {
    layout->addWidget(heading(tr("Your stretches"), headingScale, page));
    m_routineList = new QVBoxLayout;
    m_routineList->setSpacing(10);
    layout->addLayout(m_routineList);
    m_routineTotal = new WrappedLabel(QString(), page);
    layout->addWidget(m_routineTotal);
    auto* info = new QPushButton(tr("About foot numbness and these stretches"), page);
    info->setObjectName(QStringLiteral("infoButton"));
    info->setMinimumHeight(44);
    info->setToolTip(tr("F1"));
    info->setAccessibleDescription(tr("Causes of numb feet, when to see a doctor, and why these "
                                      "stretches help"));
    connect(info, &QPushButton::clicked, this, &HomeView::infoRequested);
    layout->addWidget(info, 0, Qt::AlignLeft);
}

void HomeView::setPlan(const SessionPlan& plan) {
    while (QLayoutItem* item = m_routineList->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QString locale = QLocale().name();
    for (const Exercise& e : plan.routine().exercises) {
        QFrame* row = card(this);
        auto* h = new QHBoxLayout(row);
        auto* picture = new QLabel(row);
        picture->setFixedSize(120, 90);
        if (!e.steps.isEmpty() && m_illustrations.exists(e.steps.last().illustration))
            picture->setPixmap(m_illustrations.render(e.steps.last().illustration, picture->size(),
                                                      devicePixelRatioF(), false, palette()));
        picture->setAccessibleName(e.title.forLocale(locale));
        h->addWidget(picture);
        auto* text = new QVBoxLayout;
        QLabel* title = heading(e.title.forLocale(locale), headingScale, row);
        const QString legs = e.sides.contains(Side::Both)
                                 ? tr("%n times", nullptr, e.reps)
                                 : tr("%n times on each leg", nullptr, e.reps);
        auto* detail =
            new WrappedLabel(tr("%1, hold %2 seconds each time").arg(legs).arg(e.holdSeconds), row);
        text->addWidget(title);
        text->addWidget(detail);
        h->addLayout(text, 1);
        m_routineList->addWidget(row);
    }
    m_totalSeconds = plan.totalSeconds();
    m_routineTotal->setText(
        tr("The whole session takes %1. Do it twice a day, morning and evening.")
            .arg(Words::duration(m_totalSeconds)));
    updateStartButton();
}

void HomeView::setToday(const QDate& date, const DayAdherence& today, std::optional<Slot> dueSlot,
                        const QString& nextSessionText) {
    m_date->setText(QLocale().toString(date, QLocale::LongFormat));
    const Schedule schedule = m_settings.schedule();
    m_morning->setText(
        tr("Morning, %1\n%2")
            .arg(Words::clockTime(schedule.morning.time), statusText(today.morning)));
    m_evening->setText(
        tr("Evening, %1\n%2")
            .arg(Words::clockTime(schedule.evening.time), statusText(today.evening)));
    m_morning->setAccessibleName(m_morning->text());
    m_evening->setAccessibleName(m_evening->text());
    m_next->setText(nextSessionText);
    m_dueSlot = dueSlot;
    updateStartButton();
}

void HomeView::setNextReminderText(const QString& text) {
    m_reminder->setText(text);
    m_reminder->setVisible(!text.isEmpty());
}

void HomeView::updateStartButton() {
    const QString text = !m_dueSlot                    ? tr("Start an extra session")
                         : *m_dueSlot == Slot::Morning ? tr("Start the morning session")
                                                       : tr("Start the evening session");
    m_start->setText(QStringLiteral("%1  (%2)").arg(text, Words::duration(m_totalSeconds)));
    m_start->setAccessibleName(text);
}

} // namespace footcoach
