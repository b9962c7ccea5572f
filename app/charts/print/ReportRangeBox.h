#pragma once

#include "services/history/ReportRange.h"

#include <QGroupBox>

class QButtonGroup;
class QDateEdit;
class QLabel;

namespace footcoach {

// The print dialog's choice of days: the last four weeks, the last three months, since a chosen
// day, or two chosen days; under it, the days that choice gives, in words. "Today" comes from
// the caller (the injected clock); no day after it can be chosen.
class ReportRangeBox : public QGroupBox {
    Q_OBJECT
public:
    ReportRangeBox(const QDate& today, QWidget* parent = nullptr);

    ReportRange range() const;
    ReportRange::Preset preset() const;
    void choose(ReportRange::Preset preset);

    QDateEdit* sinceEdit() const { return m_since; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLabel* summary() const { return m_summary; }

Q_SIGNALS:
    // The days changed; ready is false while the two chosen days are out of order.
    void changed(bool ready);

private:
    QDateEdit* dateEdit(const QDate& date, const QString& name);
    void update();

    const QDate m_today;
    QButtonGroup* m_presets = nullptr;
    QDateEdit* m_since = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace footcoach
