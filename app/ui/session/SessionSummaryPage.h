#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace footcoach {

class NumbnessBox;
class SessionTextSizes;
struct SessionResult;

// The end of a session: how much of it was done, that it is saved, and the optional question
// of how numb the feet feel now.
class SessionSummaryPage : public QWidget {
    Q_OBJECT
public:
    SessionSummaryPage(SessionTextSizes& sizes, QWidget* parent = nullptr);

    // Shows result and puts the keyboard on the question.
    void showResult(const SessionResult& result);
    // The question back to "skip", for the next session.
    void reset();
    // The numbness the user chose; nullopt when they skip the question.
    std::optional<int> numbnessAfter() const;

Q_SIGNALS:
    // "Back to the start screen", by the button or Enter on the answer.
    void doneRequested();

private:
    void addQuestion(SessionTextSizes& sizes, QLayout* layout);

    QLabel* m_summary = nullptr;
    NumbnessBox* m_numbnessAfter = nullptr;
    QPushButton* m_done = nullptr;
};

} // namespace footcoach
