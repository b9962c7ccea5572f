#include "ui/window/MainWindow.h"
#include "ui/common/AppStyle.h"

#include "footcoach/Adherence.h"
#include "footcoach/Clock.h"
#include "footcoach/HistoryReader.h"
#include "footcoach/Schedule.h"
#include "footcoach/TimeZoneProvider.h"
#include "footcoach/Words.h"
#include "services/session/CuePlayer.h"
#include "services/session/SessionController.h"
#include "services/settings/AppSettings.h"
#include "ui/home/HomeView.h"
#include "ui/info/InfoView.h"
#include "ui/session/SessionView.h"
#include "ui/window/ChartsModule.h"
#include "ui/window/HistoryScreen.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimeZone>
#include <QTimer>

namespace footcoach {

// Off by default; scripts and tests enable it to wait for the window instead of sleeping.
Q_LOGGING_CATEGORY(lcWindow, "footcoach.window", QtWarningMsg)

MainWindow::MainWindow(MainWindowDeps deps, SessionPlan plan, QWidget* parent)
    : QMainWindow(parent)
    , m_deps(deps)
    , m_plan(std::move(plan)) {
    setWindowTitle(tr("FootCoach"));
    // The home screen alone until another screen is first wanted (see pages()).
    m_home = new HomeView(m_deps.settings, m_deps.illustrations, this);
    setCentralWidget(m_home);
    m_home->setPlan(m_plan);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* exportAction =
        file->addAction(tr("&Export history as CSV…"), this, &MainWindow::exportCsv);
    exportAction->setEnabled(m_deps.historyAvailable);
    QAction* reportAction =
        file->addAction(tr("&Print report for your doctor…"), this, &MainWindow::printReport);
    reportAction->setShortcut(QKeySequence::Print);
    reportAction->setEnabled(m_deps.historyAvailable);
    file->addAction(tr("Print e&xercise sheet…"), this, &MainWindow::printExerciseSheet);
    file->addSeparator();
    // Closing the window is not quitting: with reminders on, FootCoach goes on in the background.
    QAction* closeWindow = file->addAction(tr("&Close window"), this, &QWidget::close);
    closeWindow->setShortcut(QKeySequence::Close);
    QAction* quit = file->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        const bool closed = close();
        m_quitting = false;
        if (closed)
            Q_EMIT quitRequested();
    });
    quit->setShortcut(QKeySequence::Quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* historyAction = view->addAction(tr("&History"), this, &MainWindow::showHistory);
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    historyAction->setEnabled(m_deps.historyAvailable);
    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction* settingsAction =
        settingsMenu->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    // Preferences has no key on some desktops; Ctrl+, is what most apps use there.
    settingsAction->setShortcut(QKeySequence(QKeySequence::Preferences).isEmpty()
                                    ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                    : QKeySequence(QKeySequence::Preferences));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* infoAction = help->addAction(tr("About foot &numbness"), this, &MainWindow::showInfo);
    infoAction->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About FootCoach"), this, &MainWindow::showAbout);

    connect(m_home, &HomeView::startRequested, this,
            [this](std::optional<Slot> slot, std::optional<int> before) {
                startSession(slot, before);
            });
    m_windowChange = new QTimer(this);
    m_windowChange->setSingleShot(true);
    connect(m_windowChange, &QTimer::timeout, this, [this] {
        if (!m_controller)
            refreshHome();
    });
    connect(m_home, &HomeView::historyRequested, this, &MainWindow::showHistory);
    connect(m_home, &HomeView::infoRequested, this, &MainWindow::showInfo);
    connect(&m_deps.cues, &CuePlayer::unavailable, this, &MainWindow::showNotice);

    refreshHome();
    showHome();
    // Never larger than the screen: large text on a small laptop screen leaves few logical
    // pixels, and not every desktop shrinks a window that does not fit. Room is kept for the
    // title bar and frame.
    // Larger with larger text (a desktop font above the usual 9 pt), so the session's page has
    // the room its words need.
    const qreal textScale = std::max(1.0, font().pointSizeF() / (9.0 * AppStyle::kTextScale));
    QSize size = QSize(1100, 780) * textScale;
    if (const QScreen* s = screen())
        size = size.boundedTo(s->availableGeometry().size() - QSize(16, 48));
    resize(size);
}

MainWindow::~MainWindow() {
    // Quitting from the tray takes the window down without closing it: the summary's answer
    // is saved all the same.
    if (m_controller && m_session->isShowingSummary())
        m_controller->recordCheckInAfter(m_session->numbnessAfter());
}

void MainWindow::setNextReminderText(const QString& text) {
    m_home->setNextReminderText(text);
}

void MainWindow::setPlan(const SessionPlan& plan) {
    m_plan = plan;
    m_home->setPlan(m_plan);
}

void MainWindow::refreshHome() {
    const Schedule schedule = m_deps.settings.schedule();
    const QTimeZone zone = m_deps.zone.zone();
    const QDateTime now = m_deps.wallClock.nowUtc();
    const SlotKey open = SchedulePlanner::openSlot(schedule, now, zone);
    const LocalMoment moment{open.date, open.slot};
    const QList<SessionRecord> today = m_deps.history.sessionRecords(open.date, open.date);
    DayAdherence day;
    day.date = open.date;
    day.morning = Adherence::slotStatus(today, {open.date, Slot::Morning}, moment);
    day.evening = Adherence::slotStatus(today, {open.date, Slot::Evening}, moment);

    // The session to offer: the slot whose window is open, if it is not done yet; otherwise an
    // extra one, which counts for no slot.
    const std::optional<SlotKey> due = slotForSession(std::nullopt);
    QString next;
    if (due)
        next = due->slot == Slot::Morning ? tr("Your morning session is due.")
                                          : tr("Your evening session is due.");
    else if (day.morning == SlotStatus::Done && day.evening == SlotStatus::Done)
        next = tr("Both of today's sessions are done. See you tomorrow!");
    else
        next = extraSessionText(now);
    m_home->setToday(now.toTimeZone(zone).date(), day,
                     due ? std::optional<Slot>(due->slot) : std::nullopt, next);
    // What counts changes when a window opens or closes: one timer for that moment.
    const QDateTime change = SchedulePlanner::nextWindowChange(schedule, now, zone);
    if (change.isValid())
        m_windowChange->start(
            static_cast<int>(std::clamp<qint64>(now.msecsTo(change) + 1, 1, 24LL * 3600 * 1000)));
}

std::optional<SlotKey> MainWindow::slotForSession(std::optional<Slot> requested) const {
    const Schedule schedule = m_deps.settings.schedule();
    const QTimeZone zone = m_deps.zone.zone();
    const QDateTime now = m_deps.wallClock.nowUtc();
    std::optional<SlotKey> key = SchedulePlanner::sessionSlot(schedule, now, zone);
    if (requested) {
        // Asked for by name (a reminder's Start now, --slot): it counts for that slot.
        if (!key || key->slot != *requested)
            key = SlotKey{SchedulePlanner::attribute(schedule, now, zone).date, *requested};
        return key;
    }
    if (!key)
        return std::nullopt;
    // A slot already done is not done again: another session then is an extra one.
    const QList<SessionRecord> records = m_deps.history.sessionRecords(key->date, key->date);
    const LocalMoment moment{key->date, key->slot};
    if (Adherence::slotStatus(records, *key, moment) == SlotStatus::Done)
        return std::nullopt;
    return key;
}

QString MainWindow::extraSessionText(const QDateTime& nowUtc) const {
    const Schedule schedule = m_deps.settings.schedule();
    const QTimeZone zone = m_deps.zone.zone();
    const QDate today = nowUtc.toTimeZone(zone).date();
    std::optional<SlotWindow> coming;
    for (const SlotKey& key : {SlotKey{today, Slot::Morning}, SlotKey{today, Slot::Evening},
                               SlotKey{today.addDays(1), Slot::Morning}}) {
        const SlotWindow w = SchedulePlanner::window(schedule, key, zone);
        if (w.from > nowUtc && (!coming || w.from < coming->from))
            coming = w;
    }
    if (!coming)
        return tr("A session started now is an extra one: it counts for neither the morning nor "
                  "the evening.");
    const QString from = Words::clockTime(coming->from.toTimeZone(zone).time());
    return coming->key.slot == Slot::Morning ? tr("A session started now is an extra one. Sessions "
                                                  "count for the morning from %1.")
                                                   .arg(from)
                                             : tr("A session started now is an extra one. Sessions "
                                                  "count for the evening from %1.")
                                                   .arg(from);
}

void MainWindow::startSession(std::optional<Slot> slot, std::optional<int> numbnessBefore) {
    if (m_controller && !m_session->isShowingSummary())
        return; // one session at a time
    if (m_controller)
        finishSession(m_session->numbnessAfter()); // the last one's answer first
    const std::optional<SlotKey> key = slotForSession(slot);
    m_controller = new SessionController(m_plan, key, m_deps.clock, m_deps.wallClock, m_deps.zone,
                                         m_deps.recorder, m_deps.cues, m_deps.voice, this);
    // Built for the first session, not at start-up: the window appears sooner.
    if (!m_session) {
        m_session = new SessionView(m_deps.settings, m_deps.illustrations, pages());
        pages()->addWidget(m_session);
        connect(m_session, &SessionView::closeRequested, this, &MainWindow::finishSession);
    }
    m_session->setController(m_controller);
    m_pages->setCurrentWidget(m_session);
    setWindowTitle(key ? tr("FootCoach") : tr("Extra session – FootCoach"));
    if (key)
        Q_EMIT sessionStarted(*key);
    m_session->setFocus();
    if (!m_deps.cues.isAvailable() && !m_deps.settings.muted())
        m_session->showNotice(
            tr("No sound is available on this computer. Follow the cues on the screen."));
    m_controller->start(numbnessBefore);
}

void MainWindow::finishSession(std::optional<int> numbnessAfter) {
    if (m_controller) {
        m_controller->recordCheckInAfter(numbnessAfter);
        m_session->setController(nullptr);
        m_controller->deleteLater();
        m_controller = nullptr;
    }
    setWindowTitle(tr("FootCoach"));
    refreshHome();
    showHome();
}

void MainWindow::showHome() {
    if (m_pages)
        m_pages->setCurrentWidget(m_home);
    // The start button takes the keyboard: Enter or Space starts the session that is due.
    m_home->startButton()->setFocus(Qt::OtherFocusReason);
    Q_EMIT homeShown();
}

void MainWindow::showNotice(const QString& text) {
    if (m_controller)
        m_session->showNotice(text);
    else
        statusBar()->showMessage(text);
}

bool MainWindow::event(QEvent* event) {
    if (event->type() == QEvent::Show)
        qCInfo(lcWindow) << "main window shown";
    // The day or slot may have changed while the window was in the background.
    if (event->type() == QEvent::WindowActivate && !m_controller)
        refreshHome();
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_controller && m_controller->engine().state() == EngineState::Running) {
        m_controller->engine().pause();
        const auto answer = QMessageBox::question(
            this, tr("Stop the session?"),
            tr("A session is running. Stop it and close the window? The stretches you finished "
               "are saved."));
        if (answer != QMessageBox::Yes) {
            m_controller->engine().resume();
            event->ignore();
            return;
        }
    }
    if (m_controller) {
        m_controller->engine().stop();
        finishSession(m_session->numbnessAfter());
    }
    event->accept();
    if (!m_quitting)
        Q_EMIT windowClosed();
}

void MainWindow::exportCsv() {
    if (!m_deps.historyAvailable)
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/footcoach-history.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export history"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !m_deps.history.exportCsv(out, CsvTable::Holds) ||
        !out.commit()) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("The history could not be written to %1.").arg(path));
        return;
    }
    statusBar()->showMessage(tr("History exported to %1").arg(path), 8000);
}

void MainWindow::showInfo() {
    if (m_controller)
        return; // not during a session
    if (!m_info) {
        m_info = new InfoView(pages());
        pages()->addWidget(m_info);
        connect(m_info, &InfoView::backRequested, this, [this] { showHome(); });
    }
    m_pages->setCurrentWidget(m_info);
    m_info->setFocus();
}

void MainWindow::showHistory() {
    if (!m_deps.historyAvailable || m_controller)
        return;
    // Built on first use, from the charts module, so that the charts cost nothing at start-up.
    if (!m_history) {
        ChartsModule* charts = chartsModule();
        if (!charts)
            return;
        m_history = charts->createHistoryScreen(m_deps.history, m_deps.wallClock, m_deps.zone,
                                                m_deps.settings, m_plan.routine(), pages());
        pages()->addWidget(m_history);
        connect(m_history, &HistoryScreen::backRequested, this, [this] {
            refreshHome();
            showHome();
        });
        connect(m_history, &HistoryScreen::reportRequested, this, &MainWindow::printReport);
    }
    m_history->refresh();
    m_pages->setCurrentWidget(m_history);
    m_history->setFocus();
}

void MainWindow::printReport() {
    if (!m_deps.historyAvailable)
        return;
    if (ChartsModule* charts = chartsModule())
        charts->printReport({m_deps.history, m_deps.prescriptions, m_plan.routine(),
                             m_deps.wallClock, m_deps.zone, m_deps.settings.schedule()},
                            this);
}

void MainWindow::printExerciseSheet() {
    // The routine as the next session runs it: the program in force is applied.
    if (ChartsModule* charts = chartsModule())
        charts->printExerciseSheet(m_plan.routine(), this);
}

ChartsModule* MainWindow::chartsModule() {
    QString error;
    ChartsModule* charts = m_deps.charts ? m_deps.charts(&error) : nullptr;
    if (!charts)
        QMessageBox::warning(this, tr("Not available"),
                             error.isEmpty() ? tr("The history screen and printing are not "
                                                  "available.")
                                             : error);
    return charts;
}

QStackedWidget* MainWindow::pages() {
    if (!m_pages) {
        // A stack shows its first page explicitly, which lays a page out at once even while the
        // window is not on screen yet: at start-up the home screen would be laid out twice. So
        // the home screen is the central widget alone until a second screen is first wanted.
        takeCentralWidget();
        m_pages = new QStackedWidget(this);
        m_pages->addWidget(m_home);
        setCentralWidget(m_pages);
        m_pages->show();
    }
    return m_pages;
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About FootCoach"),
                       tr("<p><b>FootCoach %1</b></p><p>Gentle guided stretches for numb feet, "
                          "twice a day.</p><p>Your history stays on this computer.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace footcoach
