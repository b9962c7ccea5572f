#pragma once

#include <QWidget>

namespace footcoach {

// The History screen as the main window knows it. The real one (ChartsHistoryScreen) is in the
// charts module, which is loaded the first time it is needed, so Qt Charts costs nothing at
// start-up.
class HistoryScreen : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Re-reads "now" and the streak and shows this week; called when the screen is opened.
    virtual void refresh() = 0;

Q_SIGNALS:
    void backRequested();
    // The "Print report…" button: the window opens the print dialog, as File > Print report….
    void reportRequested();
};

} // namespace footcoach
