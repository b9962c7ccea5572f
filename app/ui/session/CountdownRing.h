#pragma once

#include <QWidget>

namespace footcoach {

// A large ring that empties as a phase runs out, with the whole seconds left in the middle.
class CountdownRing : public QWidget {
    Q_OBJECT
public:
    explicit CountdownRing(QWidget* parent = nullptr);

    // Repaints only when what is shown changes.
    void setValue(int secondsLeft, int totalSeconds, bool active);
    int secondsLeft() const { return m_secondsLeft; }
    QSize sizeHint() const override { return {260, 260}; }
    QSize minimumSizeHint() const override { return {160, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_secondsLeft = 0;
    int m_total = 0;
    bool m_active = false;
};

} // namespace footcoach
