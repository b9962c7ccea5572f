#include "ui/session/SessionView.h"
#include "footcoach/Words.h"

#include "services/session/SessionController.h"
#include "services/settings/AppSettings.h"
#include "ui/common/Illustrations.h"
#include "ui/common/ViewParts.h"
#include "ui/info/SafetyNote.h"
#include "ui/session/CountdownRing.h"
#include "ui/session/PhaseAnnouncer.h"
#include "ui/session/PhaseLook.h"
#include "ui/session/RunPageFit.h"
#include "ui/session/SessionProgress.h"
#include "ui/session/SessionSummaryPage.h"
#include "ui/session/SessionTexts.h"
#include "ui/session/StepList.h"
#include "ui/session/StepPacer.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace footcoach {

using std::chrono::milliseconds;

SessionView::SessionView(AppSettings& settings, Illustrations& illustrations, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_illustrations(illustrations) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildRunPage());
    m_summaryPage = new SessionSummaryPage(m_sizes, this);
    connect(m_summaryPage, &SessionSummaryPage::doneRequested, this,
            [this] { Q_EMIT closeRequested(numbnessAfter()); });
    m_pages->addWidget(m_summaryPage);
    layout->addWidget(m_pages);
    connect(&m_settings, &AppSettings::displayChanged, this, &SessionView::applyTextSizes);
    setAccessibleName(tr("Session"));
    m_announcer = new PhaseAnnouncer(this);
}

// The run page, top to bottom: the exercise and the progress, the step's picture and words
// beside the leg and the countdown, the controls. The widgets are made in the order Tab visits
// them.
// Everything but the controls is in a scroll area: when the text is very large for the screen
// the picture gives way first, then the steps' list scrolls, and only then the page; the
// controls stay on screen below it whatever happens.
QWidget* SessionView::buildRunPage() {
    auto* page = new QWidget(this);
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_runScroll = new QScrollArea(page);
    m_runScroll->setWidgetResizable(true);
    m_runScroll->setFrameShape(QFrame::NoFrame);
    m_runScroll->setFocusPolicy(Qt::NoFocus); // the keys belong to the session's shortcuts
    auto* content = new QWidget(m_runScroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 16, 24, 8);
    layout->setSpacing(12);
    addRunHeader(content, layout);

    auto* middle = new QHBoxLayout;
    middle->setSpacing(24);
    auto* left = new QVBoxLayout;
    left->addLayout(buildLegRow(content));
    left->addLayout(buildStepColumn(content), 1);
    middle->addLayout(left, 1);
    middle->addLayout(buildCountdownColumn(content), 1);
    layout->addLayout(middle, 1);
    m_runScroll->setWidget(content);
    outer->addWidget(m_runScroll, 1);

    auto* controls = new QVBoxLayout;
    controls->setContentsMargins(24, 8, 24, 16);
    controls->addLayout(buildControls(page));
    outer->addLayout(controls);
    connectControls();
    m_ring->setMinimumDigitHeight(m_leg->fontMetrics().capHeight());
    m_fit = new RunPageFit(RunPageFit::Parts{m_runScroll, m_legRow, m_leg, m_rep, m_countdownColumn,
                                             m_safetyNote, m_steps});
    return page;
}

void SessionView::addRunHeader(QWidget* page, QVBoxLayout* layout) {
    m_exerciseTitle = new QLabel(page);
    m_sizes.add(m_exerciseTitle, 1.7, true);
    m_exerciseTitle->setWordWrap(true);
    layout->addWidget(m_exerciseTitle);
    m_progress = new SessionProgress(page);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(12);
    m_progress->setAccessibleName(tr("Session progress"));
    layout->addWidget(m_progress);
    m_safetyNote = new SafetyNote(m_settings, true, page);
    layout->addWidget(m_safetyNote);
    m_notice = new QLabel(page);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_notice);
}

// Which leg, in a coloured banner, and which rep beside it.
QLayout* SessionView::buildLegRow(QWidget* page) {
    auto* row = new QBoxLayout(QBoxLayout::LeftToRight);
    m_legRow = row;
    row->setSpacing(16);
    m_leg = new QLabel(page);
    m_leg->setAlignment(Qt::AlignCenter);
    m_sizes.add(m_leg, 2.2, true);
    row->addWidget(m_leg);
    m_rep = new QLabel(page);
    m_rep->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_rep->setWordWrap(true);
    m_sizes.add(m_rep, 1.6, true);
    row->addWidget(m_rep, 1);
    return row;
}

QLayout* SessionView::buildStepColumn(QWidget* page) {
    auto* left = new QVBoxLayout;
    m_picture = new QLabel(page);
    m_picture->setAlignment(Qt::AlignCenter);
    // The picture gives way first on a small screen (large text on a laptop): it takes what
    // room is left and asks for none, while the step's words must stay readable (see
    // applyTextSize).
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_picture->installEventFilter(this);
    left->addWidget(m_picture, 3);
    m_steps = new StepList(page);
    m_steps->setWordWrap(true);
    m_sizes.add(m_steps, 1.1);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setAccessibleName(tr("Steps of this stretch"));
    m_steps->setAccessibleDescription(tr("The step to do now is selected"));
    m_steps->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_steps->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel); // a step taller than it
    // Its height is the least RunPageFit gives it, and more when there is room: the list's own
    // preferred height would make the page taller than a small screen.
    m_steps->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    left->addWidget(m_steps, 2);
    return left;
}

QLayout* SessionView::buildCountdownColumn(QWidget* page) {
    auto* right = new QVBoxLayout;
    m_countdownColumn = right;
    right->setSpacing(10);
    m_phase = new QLabel(page);
    m_phase->setAlignment(Qt::AlignCenter);
    m_sizes.add(m_phase, 1.8, true);
    m_phase->setWordWrap(true);
    right->addWidget(m_phase);
    m_ring = new CountdownRing(page);
    right->addWidget(m_ring, 1);
    m_next = new QLabel(page);
    m_next->setAlignment(Qt::AlignCenter);
    m_next->setWordWrap(true);
    m_sizes.add(m_next, 1.15);
    right->addWidget(m_next);
    return right;
}

QLayout* SessionView::buildControls(QWidget* page) {
    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(page);
    m_pause = new QPushButton(page);
    m_skip = new QPushButton(page);
    m_stop = new QPushButton(page);
    ViewParts::setButtonText(m_back, tr("◀ Back"));
    ViewParts::setButtonText(m_skip, tr("Skip ▶"));
    ViewParts::setButtonText(m_stop, tr("Stop"));
    m_back->setToolTip(tr("Left arrow"));
    m_pause->setToolTip(tr("Space"));
    m_skip->setToolTip(tr("Right arrow or N"));
    m_stop->setToolTip(tr("Esc"));
    m_pause->setAccessibleDescription(tr("Pause or continue the countdown"));
    ViewParts::setButtonText(m_pause, tr("▶ Start"));
    m_back->setAccessibleDescription(tr("Go back to the start of this step, or to the one before"));
    m_skip->setAccessibleDescription(tr("Go on to the next step"));
    m_stop->setAccessibleDescription(tr("End the session early; what you did is kept"));
    for (QPushButton* b : {m_back, m_pause, m_skip, m_stop}) {
        b->setMinimumHeight(56);
        m_sizes.add(b, 1.2, true);
        b->setFocusPolicy(Qt::TabFocus);
        buttons->addWidget(b, b == m_pause ? 2 : 1);
    }
    return buttons;
}

// The buttons act only on the run page; the keys click them, so both behave alike.
void SessionView::connectControls() {
    auto withEngine = [this](auto action) {
        return [this, action] {
            if (m_controller && m_pages->currentIndex() == 0)
                action(m_controller->engine());
        };
    };
    connect(m_back, &QPushButton::clicked, this, withEngine([](SessionEngine& e) { e.back(); }));
    connect(m_pause, &QPushButton::clicked, this,
            withEngine([](SessionEngine& e) { e.togglePause(); }));
    connect(m_skip, &QPushButton::clicked, this, withEngine([](SessionEngine& e) { e.skip(); }));
    connect(m_stop, &QPushButton::clicked, this, &SessionView::confirmStop);

    auto shortcut = [this](const QKeySequence& key, QPushButton* button) {
        auto* s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, button, &QPushButton::click);
    };
    shortcut(QKeySequence(Qt::Key_Space), m_pause);
    shortcut(QKeySequence(Qt::Key_Right), m_skip);
    shortcut(QKeySequence(Qt::Key_N), m_skip);
    shortcut(QKeySequence(Qt::Key_Left), m_back);
    // Esc stops a running session, and on the summary goes back with the answer saved.
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (isShowingSummary())
            Q_EMIT closeRequested(numbnessAfter());
        else
            m_stop->click();
    });
}

void SessionView::applyTextSizes() {
    m_sizes.apply();
    // The countdown's digits are never smaller than the leg banner's letters.
    m_ring->setMinimumDigitHeight(m_leg->fontMetrics().capHeight());
    m_shownPhase = -1;
    refresh();
}

void SessionView::setController(SessionController* controller) {
    if (m_controller)
        m_controller->disconnect(this);
    m_controller = controller;
    m_announcer->follow(controller ? &controller->engine() : nullptr);
    m_shownPhase = -1;
    m_shownIllustration.clear();
    m_notice->setVisible(false);
    m_summaryPage->reset();
    m_pages->setCurrentIndex(0);
    if (!controller)
        return;
    const SessionPlan& plan = controller->engine().plan();
    m_progress->setRange(0, std::max(1, plan.totalSeconds()));
    connect(controller, &SessionController::displayChanged, this, &SessionView::refresh);
    connect(controller, &SessionController::notice, this, &SessionView::showNotice);
    connect(&controller->engine(), &SessionEngine::finished, this, &SessionView::showSummary);
    refresh();
}

void SessionView::showNotice(const QString& text) {
    // Each notice on its own line: a second one (no sound, then no history) must not hide the
    // first.
    QStringList lines =
        m_notice->isVisible() ? m_notice->text().split(QLatin1Char('\n')) : QStringList();
    if (!lines.contains(text))
        lines.append(text);
    m_notice->setText(lines.join(QLatin1Char('\n')));
    m_notice->setVisible(true);
}

void SessionView::refresh() {
    if (!m_controller)
        return;
    const SessionEngine& engine = m_controller->engine();
    const SessionPlan& plan = engine.plan();
    const Phase& phase = engine.currentPhase();
    const int phaseIndex = engine.phaseIndex();
    const milliseconds remaining = engine.remaining();
    const int secondsLeft = static_cast<int>((remaining.count() + 999) / 1000);

    // The words change with the phase only; the countdown below every time.
    if (phaseIndex != m_shownPhase) {
        m_shownPhase = phaseIndex;
        m_shownMood = -1;
        showPhase(engine);
    }
    showMood(engine);

    const int step = stepToShow(engine);
    if (m_steps->currentRow() != step)
        m_steps->setCurrentRow(step);
    refreshIllustration();

    m_ring->setValue(secondsLeft, phase.seconds, engine.state() == EngineState::Running);
    m_progress->setValue(plan.startSecondOf(phaseIndex) + phase.seconds - secondsLeft);
    ViewParts::setButtonText(m_pause, engine.state() == EngineState::Paused ? tr("▶ Continue")
                                      : engine.state() == EngineState::Idle ? tr("▶ Start")
                                                                            : tr("❚❚ Pause"));
}

void SessionView::showPhase(const SessionEngine& engine) {
    const SessionPlan& plan = engine.plan();
    const Phase& phase = engine.currentPhase();
    const QString locale = QLocale().name();
    const int exerciseIndex = phase.exerciseIndex >= 0 ? phase.exerciseIndex : 0;
    const Exercise& exercise = plan.routine().exercises.at(exerciseIndex);
    m_exerciseTitle->setText(tr("%1 · exercise %2 of %3")
                                 .arg(exercise.title.forLocale(locale))
                                 .arg(exerciseIndex + 1)
                                 .arg(plan.routine().exercises.size()));
    m_exerciseTitle->setAccessibleName(tr("%1, exercise %2 of %3")
                                           .arg(exercise.title.forLocale(locale))
                                           .arg(exerciseIndex + 1)
                                           .arg(plan.routine().exercises.size()));
    m_steps->clear();
    for (int i = 0; i < exercise.steps.size(); ++i)
        m_steps->addItem(
            QStringLiteral("%1. %2").arg(i + 1).arg(exercise.steps.at(i).text.forLocale(locale)));

    const bool showLeg = phase.kind != PhaseKind::GetReady && phase.kind != PhaseKind::Done;
    // The banner is drawn in capitals with an arrow; its name is the leg in plain words.
    const QString legWords = Words::side(phase.side);
    m_leg->setText(showLeg ? SessionTexts::legBanner(phase.side) : QString());
    m_leg->setAccessibleName(legWords);
    m_leg->setVisible(showLeg);
    PhaseLook::styleLegBanner(m_leg, phase.side);

    const QString phaseText = SessionTexts::phaseWord(phase.kind);
    m_rep->setText(phase.rep > 0 ? tr("Rep %1 of %2").arg(phase.rep).arg(exercise.reps)
                                 : QString());
    // In plain words (no arrows), each part a sentence of its own. m_announcer speaks the phase.
    QStringList spoken{phaseText};
    if (showLeg)
        spoken << legWords;
    if (!m_rep->text().isEmpty())
        spoken << m_rep->text();
    m_phaseSpoken = spoken.join(QStringLiteral(". "));
    m_phase->setAccessibleName(m_phaseSpoken);
}

// The phase's big word, colour and ring shape, and what comes next; a pause changes them all,
// so that a paused hold cannot be taken for a running one.
void SessionView::showMood(const SessionEngine& engine) {
    const Phase& phase = engine.currentPhase();
    const PhaseMood mood = PhaseLook::moodOf(phase.kind, engine.state());
    if (static_cast<int>(mood) == m_shownMood)
        return;
    m_shownMood = static_cast<int>(mood);
    const bool paused = mood == PhaseMood::Paused;
    m_phase->setText(paused ? tr("Paused") : SessionTexts::phaseWord(phase.kind));
    const QString name = paused ? Words::pausedAnnouncement() : m_phaseSpoken;
    if (m_phase->accessibleName() != name) // a name change is announced
        m_phase->setAccessibleName(name);
    PhaseLook::styleBanner(m_phase, mood, palette());
    m_ring->setMood(mood);
    m_next->setText(
        paused ? tr("Press Space to go on")
               : SessionTexts::nextPhase(engine.plan(), engine.phaseIndex(), QLocale().name()));
    m_fit->fit();
}

// The first steps while getting into position, each left up long enough to be read; the last
// one while holding and relaxing.
int SessionView::stepToShow(const SessionEngine& engine) const {
    const Phase& phase = engine.currentPhase();
    const Exercise& exercise =
        engine.plan().routine().exercises.at(std::max(0, phase.exerciseIndex));
    const QString locale = QLocale().name();
    QList<double> reading;
    for (const auto& step : exercise.steps)
        reading.append(StepPacer::readingSeconds(step.text.forLocale(locale)));
    const bool positioning = phase.kind == PhaseKind::Position ||
                             phase.kind == PhaseKind::SwitchSide ||
                             phase.kind == PhaseKind::GetReady;
    const double elapsed = phase.seconds - static_cast<double>(engine.remaining().count()) / 1000.0;
    return StepPacer::stepFor(reading, positioning, elapsed, phase.seconds);
}

void SessionView::refreshIllustration() {
    if (!m_controller)
        return;
    const SessionEngine& engine = m_controller->engine();
    const Phase& phase = engine.currentPhase();
    const Exercise& exercise =
        engine.plan().routine().exercises.at(std::max(0, phase.exerciseIndex));
    const int row = std::max(0, m_steps->currentRow());
    // Relaxing shows a figure at rest: the stretch with its arrows would say to keep going.
    const bool resting = phase.kind == PhaseKind::Rest;
    const QString name = resting                       ? QStringLiteral("rest")
                         : row < exercise.steps.size() ? exercise.steps.at(row).illustration
                                                       : QString();
    const bool mirrored = phase.side == Side::Right;
    if (name == m_shownIllustration && mirrored == m_shownMirrored && !m_picture->pixmap().isNull())
        return;
    m_shownIllustration = name;
    m_shownMirrored = mirrored;
    // A picture too small to make out would look like a speck of dirt: none, then.
    if (!m_illustrations.exists(name) || m_picture->height() < kSmallestPicture) {
        m_picture->clear();
        return;
    }
    m_picture->setPixmap(
        m_illustrations.render(name, m_picture->size(), devicePixelRatioF(), mirrored, palette()));
    m_picture->setAccessibleName(resting ? tr("Sitting or standing at ease")
                                         : exercise.steps.at(row).text.forLocale(QLocale().name()));
}

// The picture is drawn for its room, which changes with the window and as the page gives way.
bool SessionView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_picture && event->type() == QEvent::Resize) {
        m_shownIllustration.clear();
        refreshIllustration();
    }
    return QWidget::eventFilter(watched, event);
}

void SessionView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_shownIllustration.clear();
        m_shownMood = -1; // the phase's colour is made for the palette
        refresh();
    }
}

void SessionView::confirmStop() {
    if (!m_controller || m_pages->currentIndex() != 0)
        return;
    SessionEngine& engine = m_controller->engine();
    const bool wasRunning = engine.state() == EngineState::Running;
    engine.pause(); // the clock does not run on while the user decides
    const auto answer =
        QMessageBox::question(this, tr("Stop the session?"),
                              tr("Stop here? The stretches you finished stay in your history."),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (!m_controller)
        return;
    if (answer == QMessageBox::Yes)
        m_controller->engine().stop();
    else if (wasRunning)
        m_controller->engine().resume();
}

void SessionView::showSummary() {
    if (!m_controller)
        return;
    m_pages->setCurrentIndex(1);
    m_summaryPage->showResult(m_controller->engine().summary());
}

QString SessionView::legText() const {
    return m_leg->isHidden() ? QString() : m_leg->text();
}
QString SessionView::repText() const {
    return m_rep->text();
}
QString SessionView::phaseText() const {
    return m_phase->text();
}
int SessionView::secondsShown() const {
    return m_ring->secondsLeft();
}
int SessionView::currentStepRow() const {
    return m_steps->currentRow();
}
QString SessionView::illustrationShown() const {
    return m_picture->pixmap().isNull() ? QString() : m_shownIllustration;
}
bool SessionView::isShowingSummary() const {
    return m_pages->currentIndex() == 1;
}

std::optional<int> SessionView::numbnessAfter() const {
    return isShowingSummary() ? m_summaryPage->numbnessAfter() : std::nullopt;
}

} // namespace footcoach
