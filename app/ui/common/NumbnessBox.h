#pragma once

#include <QComboBox>

#include <optional>

namespace footcoach {

// How numb the feet feel, on the scale the report uses (0 normal feeling, 10 none at all), with
// "skip" first: the question is always optional. The check-in before a session and the
// question after it.
class NumbnessBox final : public QComboBox {
    Q_OBJECT
public:
    explicit NumbnessBox(QWidget* parent = nullptr);

    // The chosen value; nullopt when the user skips the question.
    std::optional<int> value() const;
    // Back to "skip", for the next session.
    void reset();
};

} // namespace footcoach
