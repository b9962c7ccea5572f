#pragma once

#include <QMessageBox>

namespace footcoach {

// The first start's question: shall FootCoach remind the user every morning and evening, also
// after a restart (it then starts at login, in the background)? A message box, so that screen
// readers announce it as they do any alert; Enter answers yes, Esc or closing it answers no.
class RemindersQuestion : public QMessageBox {
    Q_OBJECT
public:
    explicit RemindersQuestion(QWidget* parent = nullptr);

    QAbstractButton* yesButton() const { return m_yes; }
    QAbstractButton* noButton() const { return m_no; }

Q_SIGNALS:
    // yes: remind also after a restart (start at login); no: only while FootCoach runs.
    void answered(bool yes);

private:
    QAbstractButton* m_yes = nullptr;
    QAbstractButton* m_no = nullptr;
};

} // namespace footcoach
