#include "ui/session/PhaseAnnouncer.h"

#include "footcoach/SessionEngine.h"
#include "footcoach/Words.h"

#include <QAccessibleWidget>

namespace footcoach {

namespace {

// The announcer's accessible: a widget with the Notification role (AT-SPI's "notification"),
// which Qt's widgets never give themselves.
QAccessibleInterface* notificationFor(const QString&, QObject* object) {
    if (auto* announcer = qobject_cast<PhaseAnnouncer*>(object))
        return new QAccessibleWidget(announcer, QAccessible::Notification);
    return nullptr;
}

int wholeSecondsLeft(const SessionEngine& engine) {
    return static_cast<int>((engine.remaining().count() + 999) / 1000);
}

} // namespace

PhaseAnnouncer::PhaseAnnouncer(QWidget* parent)
    : QWidget(parent) {
    // Qt asks the factories in the order installed; one for every announcer there will be.
    static const bool installed = (QAccessible::installFactory(&notificationFor), true);
    Q_UNUSED(installed);
    // Nothing to see or click: only its accessible is of use.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    setFixedSize(0, 0);
    // Hidden until the first announcement, so that showing the session screen says nothing.
    hide();
}

void PhaseAnnouncer::follow(const SessionEngine* engine) {
    if (m_engine)
        QObject::disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    m_paused = false;
    // The last session's words must not come back when its screen is shown again.
    stopWaiting();
    hide();
    setAccessibleName(QString());
    if (!engine)
        return;
    connect(engine, &SessionEngine::phaseChanged, this, [this](int phaseIndex) {
        announce(Words::phaseAnnouncement(m_engine->plan(), phaseIndex));
    });
    connect(engine, &SessionEngine::stateChanged, this, &PhaseAnnouncer::onStateChanged);
}

void PhaseAnnouncer::onStateChanged(EngineState state) {
    if (state == EngineState::Paused) {
        m_paused = true;
        announce(Words::pausedAnnouncement());
    } else if (state == EngineState::Running && m_paused) {
        m_paused = false;
        announce(Words::resumedAnnouncement(wholeSecondsLeft(*m_engine)));
    } else {
        m_paused = false; // started, finished or stopped: the phase says it
    }
}

void PhaseAnnouncer::announce(const QString& text) {
    // Hidden, renamed, shown again: the screen reader finds the new words when it is told the
    // notification is showing.
    hide();
    setAccessibleName(text);
    if (isActiveWindow()) {
        stopWaiting();
        show();
    } else if (m_waitingFor != window()) {
        stopWaiting();
        m_waitingFor = window();
        m_waitingFor->installEventFilter(this);
    }
}

bool PhaseAnnouncer::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_waitingFor && event->type() == QEvent::WindowActivate) {
        stopWaiting();
        if (!accessibleName().isEmpty())
            show();
    }
    return QWidget::eventFilter(watched, event);
}

void PhaseAnnouncer::stopWaiting() {
    if (m_waitingFor)
        m_waitingFor->removeEventFilter(this);
    m_waitingFor = nullptr;
}

} // namespace footcoach
