#pragma once

#include <QWidget>

class QTextBrowser;

namespace footcoach {

// "About foot numbness": what the program is for, in plain words, and when to see a doctor.
class InfoView : public QWidget {
    Q_OBJECT
public:
    explicit InfoView(QWidget* parent = nullptr);

    static QString html();

Q_SIGNALS:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QTextBrowser* m_text = nullptr;
};

} // namespace footcoach
