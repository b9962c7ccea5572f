#pragma once

#include <QListWidget>

namespace footcoach {

// The steps of the stretch, to read: the current step is highlighted as the session moves on,
// and that never takes a screen reader's attention away from where the keyboard is.
//
// QListView tells accessibility that its new current item has the focus whenever the current
// item changes, focused or not (Qt 6.4). The session changes it at every phase, so a screen
// reader read the step out and lost the user's place on the buttons. This list claims the
// focus only when it has it.
// The current step is scrolled to the top of the list, so its beginning is always in view.
class StepList : public QListWidget {
    Q_OBJECT
public:
    explicit StepList(QWidget* parent = nullptr);

protected:
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showCurrentAtTop();
};

} // namespace footcoach
