#include "ui/reminders/RemindersQuestion.h"

#include <QPushButton>

namespace footcoach {

RemindersQuestion::RemindersQuestion(QWidget* parent)
    : QMessageBox(parent) {
    setObjectName(QStringLiteral("remindersQuestion"));
    setIcon(QMessageBox::Question);
    setWindowTitle(tr("Reminders"));
    setText(tr("Shall FootCoach remind you every morning and evening?"));
    setInformativeText(
        tr("If you say yes, FootCoach starts by itself, without a window, each time you log in, "
           "so the reminders come also after you restart the computer.\n\nIf you say no, they "
           "come only while FootCoach is running.\n\nYou can change this at any time in "
           "Settings, General."));
    QPushButton* yes = addButton(tr("&Yes, remind me"), QMessageBox::YesRole);
    yes->setObjectName(QStringLiteral("remindYes"));
    yes->setAccessibleDescription(tr("FootCoach will start by itself when you log in"));
    QPushButton* no = addButton(tr("&No, only while FootCoach runs"), QMessageBox::NoRole);
    no->setObjectName(QStringLiteral("remindNo"));
    no->setAccessibleDescription(tr("FootCoach will not start by itself when you log in"));
    m_yes = yes;
    m_no = no;
    setDefaultButton(yes);
    setEscapeButton(no);
    setAccessibleName(windowTitle());
    setAccessibleDescription(text());
    // Closing the box by its title bar counts as the escape button, that is as no.
    connect(this, &QMessageBox::finished, this,
            [this] { Q_EMIT answered(clickedButton() == m_yes); });
}

} // namespace footcoach
