#pragma once

#include "ui/session/SessionTextSizes.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QBoxLayout;
class QLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace footcoach {

class AppSettings;
class CountdownRing;
class Illustrations;
class PhaseAnnouncer;
class RunPageFit;
class SafetyNote;
class SessionController;
class SessionEngine;
class SessionSummaryPage;

// The guided session: the picture of the current step, the steps, which leg, which rep, a big
// countdown, what comes next, and the controls. Follows its controller; owns no timer.
class SessionView : public QWidget {
    Q_OBJECT
public:
    SessionView(AppSettings& settings, Illustrations& illustrations, QWidget* parent = nullptr);

    void setController(SessionController* controller);
    void showNotice(const QString& text);

    // For tests and accessibility: what is on screen now.
    QString legText() const;
    QString repText() const;
    QString phaseText() const;
    int secondsShown() const;
    int currentStepRow() const;
    // The picture's name ("calf-2", "rest"), empty when none is shown.
    QString illustrationShown() const;
    bool isShowingSummary() const;
    // The numbness the user chose on the summary; nullopt while the session runs or when they
    // skip the question.
    std::optional<int> numbnessAfter() const;

Q_SIGNALS:
    // The user is done with the session screen; numbnessAfter if they answered.
    void closeRequested(std::optional<int> numbnessAfter);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Logical pixels: less room than this and no picture is shown.
    static constexpr int kSmallestPicture = 40;
    void applyTextSizes();
    void refresh();
    void showPhase(const SessionEngine& engine);
    void showMood(const SessionEngine& engine);
    int stepToShow(const SessionEngine& engine) const;
    void refreshIllustration();
    void confirmStop();
    void showSummary();
    QWidget* buildRunPage();
    void addRunHeader(QWidget* page, QVBoxLayout* layout);
    QLayout* buildLegRow(QWidget* page);
    QLayout* buildStepColumn(QWidget* page);
    QLayout* buildCountdownColumn(QWidget* page);
    QLayout* buildControls(QWidget* page);
    void connectControls();

    AppSettings& m_settings;
    Illustrations& m_illustrations;
    SessionTextSizes m_sizes{m_settings};
    QPointer<SessionController> m_controller;
    QStackedWidget* m_pages = nullptr;
    QScrollArea* m_runScroll = nullptr;
    RunPageFit* m_fit = nullptr; // owned by m_runScroll
    QBoxLayout* m_legRow = nullptr;
    QBoxLayout* m_countdownColumn = nullptr;
    QLabel* m_exerciseTitle = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_picture = nullptr;
    QListWidget* m_steps = nullptr;
    QLabel* m_leg = nullptr;
    QLabel* m_phase = nullptr;
    CountdownRing* m_ring = nullptr;
    QLabel* m_rep = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_notice = nullptr;
    SafetyNote* m_safetyNote = nullptr;
    PhaseAnnouncer* m_announcer = nullptr; // what a screen reader says at each phase
    QPushButton* m_back = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_stop = nullptr;
    SessionSummaryPage* m_summaryPage = nullptr;
    QString m_shownIllustration;
    bool m_shownMirrored = false;
    int m_shownPhase = -1;
    int m_shownMood = -1;
    QString m_phaseSpoken; // the phase in plain words, for screen readers
};

} // namespace footcoach
