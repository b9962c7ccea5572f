#include "charts/history/ChartsHistoryScreen.h"
#include "footcoach/DateText.h"
#include "footcoach/Words.h"
#include "ui/common/ViewParts.h"

#include "charts/history/NumbnessChart.h"
#include "charts/history/SlotGridChart.h"
#include "charts/history/WeeklyPercentChart.h"
#include "footcoach/HistoryReader.h"
#include "footcoach/TimeZoneProvider.h"
#include "services/history/AdherenceFigures.h"
#include "services/settings/AppSettings.h"
#include "ui/common/StatusStyle.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace footcoach {

namespace {

using ViewParts::card;
using ViewParts::heading;

QLabel* chartText(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::TabFocus); // screen readers reach it with Tab
    return label;
}

// Marks with their names, in one row, under the week chart.
QWidget* legend(std::initializer_list<SlotStatus> statuses, QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(6);
    const int px = row->fontMetrics().height() + 4;
    for (const SlotStatus s : statuses) {
        auto* mark = new QLabel(row);
        QImage image = StatusStyle::image(s, int(px * row->devicePixelRatioF()));
        image.setDevicePixelRatio(row->devicePixelRatioF());
        mark->setPixmap(QPixmap::fromImage(image));
        mark->setAccessibleName(Words::slotStatus(s));
        h->addWidget(mark);
        h->addWidget(new QLabel(Words::slotStatus(s), row));
        h->addSpacing(14);
    }
    h->addStretch(1);
    return row;
}

QWidget* legend(QWidget* parent) {
    return legend({SlotStatus::Done, SlotStatus::Partial, SlotStatus::Missed, SlotStatus::Upcoming},
                  parent);
}

QString weekRange(const QDate& monday) {
    const QLocale locale;
    const QDate sunday = monday.addDays(6);
    if (monday.month() == sunday.month())
        return QStringLiteral("%1 – %2").arg(monday.day()).arg(DateText::longDate(sunday, locale));
    return QStringLiteral("%1 – %2").arg(monday.year() == sunday.year()
                                             ? DateText::dayLongMonth(monday, locale)
                                             : DateText::longDate(monday, locale),
                                         DateText::longDate(sunday, locale));
}

// A long move name in two lines, broken at the space nearest its middle, so that the table's
// columns stay narrow ("Seated hamstring stretch", "Dehnung der Oberschenkelrückseite im
// Sitzen").
QString twoLines(const QString& title) {
    if (title.size() < 16)
        return title;
    int best = -1;
    for (int i = 0; i < int(title.size()); ++i) {
        if (title[i] == QLatin1Char(' ') &&
            (best < 0 || std::abs(i - title.size() / 2) < std::abs(best - title.size() / 2)))
            best = i;
    }
    if (best < 0)
        return title;
    QString wrapped = title;
    wrapped[best] = QLatin1Char('\n');
    return wrapped;
}

// One column per exercise of the routine, plus any other exercise found in these sessions
// (a history kept with an earlier routine). What each cell counts against is the session's
// own plan (ExerciseTally::planned), not today's program.
struct TableColumn {
    QString id;
    QString title;
};

QList<TableColumn> tableColumns(const Routine& routine, const QList<ExerciseTally>& tallies) {
    QList<TableColumn> columns;
    const QString localeName = QLocale().name();
    for (const Exercise& e : routine.exercises)
        columns.append({e.id, e.title.forLocale(localeName)});
    for (const ExerciseTally& t : tallies) {
        const bool known = std::any_of(columns.cbegin(), columns.cend(),
                                       [&](const TableColumn& c) { return c.id == t.exerciseId; });
        if (!known)
            columns.append({t.exerciseId, t.exerciseId});
    }
    return columns;
}

// "6 of 6" against what the session asked for; the count alone for a move it did not plan;
// a dash for a move it neither planned nor did.
QString exerciseCell(const SessionSummary& s, const QString& exerciseId,
                     const QList<ExerciseTally>& tallies) {
    for (const ExerciseTally& t : tallies) {
        if (t.sessionId != s.id || t.exerciseId != exerciseId)
            continue;
        if (t.planned > 0)
            return ChartsHistoryScreen::tr("%1 of %2").arg(t.done).arg(t.planned);
        return QString::number(t.done);
    }
    return QStringLiteral("–");
}

// A row of the week's table: a session, or a slot that passed without one.
struct TableRow {
    QDate date;
    Slot slot = Slot::Morning;
    const SessionSummary* session = nullptr; // null for a missed slot
};

QList<TableRow> tableRows(const WeekSnapshot& week) {
    QList<TableRow> rows;
    for (const SessionSummary& s : week.sessions)
        rows.append({s.localDate, s.slot, &s});
    for (const DayAdherence& day : week.adherence.days) {
        for (const Slot slot : {Slot::Morning, Slot::Evening}) {
            if (day.status(slot) == SlotStatus::Missed)
                rows.append({day.date, slot, nullptr});
        }
    }
    // By day and slot; sessions of one slot in the order they started (stable sort).
    std::stable_sort(rows.begin(), rows.end(), [](const TableRow& a, const TableRow& b) {
        return SlotKey{a.date, a.slot} < SlotKey{b.date, b.slot};
    });
    return rows;
}

QString sessionResult(const SessionSummary& s) {
    switch (s.status) {
    case SessionStatus::Complete:
        return Words::slotStatus(SlotStatus::Done);
    case SessionStatus::Partial:
        return Words::slotStatus(SlotStatus::Partial);
    case SessionStatus::Abandoned:
        return ChartsHistoryScreen::tr("Stopped early");
    }
    return {};
}

// What a new user sees: what will appear here, not an empty chart.
QWidget* emptyPage(ChartsHistoryScreen* screen, QWidget* parent) {
    auto* empty = card(parent);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(28, 28, 28, 28);
    emptyLayout->addWidget(
        heading(ChartsHistoryScreen::tr("Your stretching record starts with your first session"),
                1.3, empty));
    auto* emptyText = new QLabel(
        ChartsHistoryScreen::tr(
            "Each morning and evening session you do will show here: a blue tick for a session "
            "done, a half-filled circle for one you stopped partway, and a cross for one you "
            "missed. Week by week you will see how often you stretched, and how numb your feet "
            "felt before and after.\n\nYou can print this record for your doctor from the File "
            "menu."),
        empty);
    emptyText->setWordWrap(true);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(legend(empty));
    auto* startFirst = new QPushButton(ChartsHistoryScreen::tr("Go to today's session"), empty);
    startFirst->setMinimumHeight(56);
    QObject::connect(startFirst, &QPushButton::clicked, screen,
                     &ChartsHistoryScreen::backRequested);
    emptyLayout->addWidget(startFirst, 0, Qt::AlignLeft);
    emptyLayout->addStretch(1);
    return empty;
}

// The numbness chart's two lines, drawn as the chart draws them, with words for screen readers.
QLabel* numbnessLegend(const QFont& font, qreal dpr, QWidget* parent) {
    auto* label = new QLabel(parent);
    const QFontMetrics fm(font);
    QImage image(int(fm.height() * 24 * dpr), int(fm.height() * 1.3 * dpr),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    NumbnessChart::paintLegend(painter, QPointF(2, 2), font);
    label->setPixmap(QPixmap::fromImage(image));
    label->setAccessibleName(ChartsHistoryScreen::tr(
        "Before the session: solid line, round marks. After: dashed line, square marks."));
    return label;
}

} // namespace

ChartsHistoryScreen::ChartsHistoryScreen(const HistoryReader& history, const WallClock& clock,
                                         const TimeZoneProvider& zone, const AppSettings& settings,
                                         Routine routine, QWidget* parent)
    : HistoryScreen(parent)
    , m_history(history)
    , m_settings(settings)
    , m_clock(clock)
    , m_zone(zone)
    , m_routine(std::move(routine)) {
    setAccessibleName(tr("History"));
    QVBoxLayout* layout = ViewParts::scrollingPage(this, QMargins(32, 20, 32, 24), 14);
    QWidget* content = layout->parentWidget();

    auto* top = new QHBoxLayout;
    auto* back = new QPushButton(tr("← Back"), content);
    back->setMinimumHeight(44);
    back->setAccessibleDescription(tr("Returns to today's sessions"));
    connect(back, &QPushButton::clicked, this, &ChartsHistoryScreen::backRequested);
    top->addWidget(back);
    top->addWidget(heading(tr("Your history"), 1.6, content), 1);
    m_print = new QPushButton(tr("Print report…"), content);
    m_print->setMinimumHeight(44);
    m_print->setAccessibleDescription(
        tr("Prints the report for your doctor, or saves it as a PDF; you choose the days"));
    connect(m_print, &QPushButton::clicked, this, &ChartsHistoryScreen::reportRequested);
    top->addWidget(m_print);
    layout->addLayout(top);

    // Page 0 for a new user, page 1 once there is a record (see refresh).
    m_pages = new QStackedWidget(content);
    layout->addWidget(m_pages, 1);
    m_pages->addWidget(emptyPage(this, m_pages));
    addRecordPage();

    m_model =
        std::make_unique<HistoryQuery>(m_history, m_clock, m_settings.schedule(), m_zone.zone());
}

// The widgets are made in the order Tab visits them.
void ChartsHistoryScreen::addRecordPage() {
    auto* filled = new QWidget(m_pages);
    auto* main = new QVBoxLayout(filled);
    main->setContentsMargins(0, 0, 0, 0);
    main->setSpacing(14);
    m_pages->addWidget(filled);

    addWeekNavigation(filled, main);
    addShortcuts();

    m_weekFigure = heading(QString(), 1.15, filled);
    m_weekFigure->setObjectName(QStringLiteral("weekFigure"));
    main->addWidget(m_weekFigure);
    m_streak = new QLabel(filled);
    m_streak->setWordWrap(true);
    main->addWidget(m_streak);

    addCharts(filled, main);
    addSessionTable(filled, main);
    main->addStretch(1);
}

void ChartsHistoryScreen::addWeekNavigation(QWidget* page, QVBoxLayout* layout) {
    auto* nav = new QHBoxLayout;
    m_previous = new QPushButton(tr("◀ Previous week"), page);
    m_thisWeekButton = new QPushButton(tr("This week"), page);
    m_next = new QPushButton(tr("Next week ▶"), page);
    for (QPushButton* b : {m_previous, m_thisWeekButton, m_next}) {
        b->setMinimumHeight(44);
        nav->addWidget(b);
    }
    m_previous->setToolTip(tr("Alt+Left"));
    m_next->setToolTip(tr("Alt+Right"));
    m_thisWeekButton->setToolTip(tr("Alt+Home"));
    connect(m_previous, &QPushButton::clicked, this, &ChartsHistoryScreen::showPreviousWeek);
    connect(m_next, &QPushButton::clicked, this, &ChartsHistoryScreen::showNextWeek);
    connect(m_thisWeekButton, &QPushButton::clicked, this, &ChartsHistoryScreen::showThisWeek);
    nav->addSpacing(12);
    m_weekTitle = heading(QString(), 1.25, page);
    nav->addWidget(m_weekTitle, 1);
    layout->addLayout(nav);
}

void ChartsHistoryScreen::addShortcuts() {
    for (const auto& [keys, slot] :
         std::initializer_list<std::pair<QKeySequence, void (ChartsHistoryScreen::*)()>>{
             // Alt+arrows, as "back" and "forward" elsewhere; Page Up and Down still scroll.
             {QKeySequence(Qt::ALT | Qt::Key_Left), &ChartsHistoryScreen::showPreviousWeek},
             {QKeySequence(Qt::ALT | Qt::Key_Right), &ChartsHistoryScreen::showNextWeek},
             {QKeySequence(Qt::ALT | Qt::Key_Home), &ChartsHistoryScreen::showThisWeek},
         }) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut); // only while this screen is shown
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    auto* backKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    backKey->setContext(Qt::WindowShortcut);
    connect(backKey, &QShortcut::activated, this, &ChartsHistoryScreen::backRequested);
}

// The week and the percentage side by side, the numbness under both; each with its summary in
// words below it.
void ChartsHistoryScreen::addCharts(QWidget* page, QVBoxLayout* layout) {
    auto* charts = new QGridLayout;
    charts->setSpacing(14);
    charts->addWidget(weekCard(page), 0, 0);
    charts->addWidget(percentCard(page), 0, 1);
    charts->addWidget(numbnessCard(page), 1, 0, 1, 2);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    layout->addLayout(charts);

    for (auto [chart, text] : {std::pair<SummarizedChart*, QLabel*>{m_weekChart, m_weekChartText},
                               {m_percentChart, m_percentText},
                               {m_numbnessChart, m_numbnessText}}) {
        chart->setChartFont(font());
        connect(chart, &SummarizedChart::summaryChanged, text, &QLabel::setText);
    }
}

QWidget* ChartsHistoryScreen::weekCard(QWidget* page) {
    auto* frame = card(page);
    auto* box = new QVBoxLayout(frame);
    box->addWidget(heading(tr("Morning and evening"), 1.1, frame));
    m_weekChart = new SlotGridChart(frame);
    m_weekChart->setMinimumHeight(220);
    box->addWidget(m_weekChart, 1);
    box->addWidget(legend(frame));
    // Its own row, shown only for the week the record began in.
    m_notTrackedLegend = legend({SlotStatus::NotTracked}, frame);
    m_notTrackedLegend->hide();
    box->addWidget(m_notTrackedLegend);
    m_weekChartText = chartText(frame);
    box->addWidget(m_weekChartText);
    return frame;
}

QWidget* ChartsHistoryScreen::percentCard(QWidget* page) {
    auto* frame = card(page);
    auto* box = new QVBoxLayout(frame);
    box->addWidget(
        heading(tr("Sessions done, the last %n weeks", nullptr, kTrendWeeks), 1.1, frame));
    m_percentChart = new WeeklyPercentChart(frame);
    m_percentChart->setMinimumHeight(220);
    box->addWidget(m_percentChart, 1);
    // Said in words too: where the chart has no room for "so far" under the bar.
    m_runningWeekNote = new QLabel(tr("The last bar is this week so far: only the sessions "
                                      "already due are counted."),
                                   frame);
    m_runningWeekNote->setWordWrap(true);
    box->addWidget(m_runningWeekNote);
    m_percentText = chartText(frame);
    box->addWidget(m_percentText);
    return frame;
}

QWidget* ChartsHistoryScreen::numbnessCard(QWidget* page) {
    auto* frame = card(page);
    auto* box = new QVBoxLayout(frame);
    box->addWidget(heading(tr("How numb your feet felt"), 1.1, frame));
    box->addWidget(numbnessLegend(font(), devicePixelRatioF(), frame));
    m_numbnessChart = new NumbnessChart(frame);
    m_numbnessChart->setMinimumHeight(240);
    box->addWidget(m_numbnessChart, 1);
    m_numbnessText = chartText(frame);
    box->addWidget(m_numbnessText);
    return frame;
}

void ChartsHistoryScreen::addSessionTable(QWidget* page, QVBoxLayout* layout) {
    m_tableHeading = heading(QString(), 1.1, page);
    m_tableHeading->setObjectName(QStringLiteral("sessionsHeading"));
    layout->addWidget(m_tableHeading);
    m_table = new QTableWidget(page);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every column as wide as its words: a stretched last column could be given less room than
    // its header needs, and was cut ("bheit vorher → nach").
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // Its height follows its width and its columns' (see fitTableHeight).
    m_table->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            &ChartsHistoryScreen::fitTableHeight);
    connect(m_table->horizontalHeader(), &QHeaderView::geometriesChanged, this,
            &ChartsHistoryScreen::fitTableHeight);
    layout->addWidget(m_table);
    m_tableEmpty = new QLabel(page);
    layout->addWidget(m_tableEmpty);
}

ChartsHistoryScreen::~ChartsHistoryScreen() {
    // Taking the widgets down hides the table, whose header then signals: not to this view any
    // more, which is no longer whole.
    m_table->horizontalHeader()->disconnect(this);
    m_table->removeEventFilter(this);
}

bool ChartsHistoryScreen::isEmptyHistory() const {
    return !m_firstWeek.has_value();
}

void ChartsHistoryScreen::refresh() {
    m_model =
        std::make_unique<HistoryQuery>(m_history, m_clock, m_settings.schedule(), m_zone.zone());
    m_thisWeek = m_model->thisWeek();
    m_firstWeek = m_model->firstWeek();
    m_pages->setCurrentIndex(m_firstWeek ? 1 : 0);
    if (!m_firstWeek) {
        m_shown = m_thisWeek;
        return;
    }
    const int streak = m_model->streak();
    m_streak->setText(
        streak == 0 ? tr("Do both of today's sessions to start a streak.")
                    : tr("Streak: %n days in a row with both sessions done.", nullptr, streak));
    showWeek(m_thisWeek);
}

void ChartsHistoryScreen::showPreviousWeek() {
    if (m_previous->isEnabled())
        showWeek(m_shown.addDays(-7));
}

void ChartsHistoryScreen::showNextWeek() {
    if (m_next->isEnabled())
        showWeek(m_shown.addDays(7));
}

void ChartsHistoryScreen::showThisWeek() {
    showWeek(m_thisWeek);
}

void ChartsHistoryScreen::showWeek(const QDate& anyDay) {
    if (!m_firstWeek)
        return;
    QDate week = Adherence::weekStartOf(anyDay);
    week = std::clamp(week, std::min(*m_firstWeek, m_thisWeek), m_thisWeek);
    m_shown = week;
    const WeekSnapshot snapshot = m_model->week(week);
    const TrendSnapshot trend = m_model->trend(week, kTrendWeeks);

    const WeekAdherence& w = snapshot.adherence;
    m_weekTitle->setText(snapshot.isCurrent ? tr("This week, %1").arg(weekRange(week))
                                            : weekRange(week));
    m_weekFigure->setText(weekFigureText(snapshot));

    m_weekChart->setDays(QList<DayAdherence>(w.days.begin(), w.days.end()));
    m_notTrackedLegend->setVisible(w.notTracked > 0);
    m_percentChart->setWeeks(trend.weeks, week, m_thisWeek);
    m_runningWeekNote->setVisible(week == m_thisWeek);
    m_numbnessChart->setPoints(trend.numbness, trend.weeks.first().weekStart, week.addDays(6));
    // The table's heading and its empty text name the week shown, which is not always this one.
    const QString weekOf = DateText::longDate(week);
    m_tableHeading->setText(snapshot.isCurrent ? tr("This week's sessions")
                                               : tr("Sessions in the week of %1").arg(weekOf));
    m_table->setAccessibleName(m_tableHeading->text());
    m_tableEmpty->setText(snapshot.isCurrent
                              ? tr("No sessions were recorded this week.")
                              : tr("No sessions were recorded in the week of %1.").arg(weekOf));
    fillTable(snapshot);
    updateButtons();
}

// Scored as the report scores it: sessions done of the slots that have passed since the
// record began, so a first week that began on a Thursday and the running week are not
// counted against slots that were never due.
QString ChartsHistoryScreen::weekFigureText(const WeekSnapshot& snapshot) const {
    const WeekAdherence& w = snapshot.adherence;
    const QDate tracked = m_model->trackedFrom();
    const QDate from = std::max(w.weekStart, tracked.isValid() ? tracked : w.weekStart);
    const PeriodFigures f =
        AdherenceFigures::period(snapshot.sessions, from, w.weekStart.addDays(6), m_model->now());
    const std::optional<int> percent = f.percent();
    if (!percent)
        return tr("No sessions were due yet this week.");
    QString figure =
        snapshot.isCurrent
            ? tr("So far this week: %1 of %n sessions done (%2%)", nullptr, f.passedSlots())
                  .arg(f.done)
                  .arg(*percent)
            : tr("%1 of %n sessions done: %2%", nullptr, f.passedSlots()).arg(f.done).arg(*percent);
    if (snapshot.isCurrent && f.upcoming > 0)
        figure += QLatin1Char(' ') + tr("(%n still to come this week)", nullptr, f.upcoming);
    return figure;
}

void ChartsHistoryScreen::updateButtons() {
    m_previous->setEnabled(m_firstWeek && m_shown > *m_firstWeek);
    m_next->setEnabled(m_shown < m_thisWeek);
    m_thisWeekButton->setEnabled(m_shown != m_thisWeek);
}

void ChartsHistoryScreen::fillTable(const WeekSnapshot& week) {
    const QList<TableColumn> columns = tableColumns(m_routine, week.tallies);
    QStringList headers = {tr("Day"), tr("Session"), tr("Started"), tr("Result")};
    for (const TableColumn& c : columns)
        headers << twoLines(c.title);
    // Two lines, so that the last column is no wider than a move's (it was cut in German).
    headers << tr("Numbness\nbefore → after");

    const QList<TableRow> rows = tableRows(week);
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(rows.size()));
    const QLocale locale;
    const int iconPx = m_table->fontMetrics().height();
    for (int row = 0; row < int(rows.size()); ++row) {
        auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            m_table->setItem(row, column, item);
            return item;
        };
        set(0, DateText::weekdayDayMonth(rows[row].date, locale));
        const SessionSummary* s = rows[row].session;
        set(1, s && s->extra ? Words::extra() : Words::slot(rows[row].slot));
        if (!s) {
            set(3, Words::slotStatus(SlotStatus::Missed))
                ->setIcon(
                    QIcon(QPixmap::fromImage(StatusStyle::image(SlotStatus::Missed, iconPx * 2))));
            continue;
        }
        const QDateTime localStart = s->startedAtUtc.addSecs(s->utcOffsetSeconds);
        set(2, Words::clockTime(localStart.time(), locale));
        const SlotStatus mark = s->status == SessionStatus::Complete  ? SlotStatus::Done
                                : s->status == SessionStatus::Partial ? SlotStatus::Partial
                                                                      : SlotStatus::Missed;
        set(3, sessionResult(*s))
            ->setIcon(QIcon(QPixmap::fromImage(StatusStyle::image(mark, iconPx * 2))));
        for (int c = 0; c < int(columns.size()); ++c)
            set(4 + c, exerciseCell(*s, columns[c].id, week.tallies))
                ->setTextAlignment(Qt::AlignCenter);
        const QString before =
            s->numbnessBefore ? QString::number(*s->numbnessBefore) : QStringLiteral("–");
        const QString after =
            s->numbnessAfter ? QString::number(*s->numbnessAfter) : QStringLiteral("–");
        set(4 + int(columns.size()), s->numbnessBefore || s->numbnessAfter
                                         ? QStringLiteral("%1 → %2").arg(before, after)
                                         : QString())
            ->setTextAlignment(Qt::AlignCenter);
    }
    m_table->setVisible(!rows.isEmpty());
    m_tableEmpty->setVisible(rows.isEmpty());
    m_table->resizeRowsToContents();
    fitTableHeight();
}

void ChartsHistoryScreen::fitTableHeight() {
    // The table shows all its rows: the page scrolls, not the table. Only a table wider than
    // its room (long move names, large text) scrolls sideways, and its scroll bar must not
    // cover the last row.
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    if (m_table->horizontalHeader()->length() > m_table->width() - 2 * m_table->frameWidth())
        height += m_table->horizontalScrollBar()->sizeHint().height();
    if (m_table->height() != height)
        m_table->setFixedHeight(height);
}

bool ChartsHistoryScreen::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table && event->type() == QEvent::Resize)
        fitTableHeight();
    return HistoryScreen::eventFilter(watched, event);
}

} // namespace footcoach
