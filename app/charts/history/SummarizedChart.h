#pragma once

#include <QChartView>
#include <QString>

class QAbstractAxis;

namespace footcoach {

// Common ground of the history charts: a plain white chart without animations (so a render at
// a fixed size is always the same picture), one font for every label, and a one-line text
// summary of what the chart shows, for screen readers and for the line under the chart.
class SummarizedChart : public QChartView {
    Q_OBJECT
public:
    explicit SummarizedChart(QWidget* parent = nullptr);

    // The font every label uses; pixel-sized fonts make renders independent of the screen.
    void setChartFont(const QFont& font);
    QFont chartFont() const { return m_font; }
    QString summary() const { return m_summary; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void summaryChanged(const QString& summary);

protected:
    void setSummary(const QString& summary);
    void styleAxis(QAbstractAxis* axis) const;
    virtual void applyFont() = 0;

private:
    QFont m_font;
    QString m_summary;
};

} // namespace footcoach
