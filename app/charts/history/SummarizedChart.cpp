#include "charts/history/SummarizedChart.h"

#include <QAbstractAxis>
#include <QChart>

namespace footcoach {

SummarizedChart::SummarizedChart(QWidget* parent)
    : QChartView(parent) {
    auto* c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundRoundness(0);
    c->setBackgroundBrush(Qt::white);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->hide();
    // setChart() lets go of the chart QChartView made for itself without deleting it.
    QChart* const initial = chart();
    setChart(c);
    delete initial;
    setRenderHint(QPainter::Antialiasing);
    setBackgroundBrush(Qt::white);
    setAutoFillBackground(true);
    QPalette white = palette();
    white.setColor(QPalette::Window, Qt::white);
    white.setColor(QPalette::Base, Qt::white);
    setPalette(white);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    m_font = font();
}

QSize SummarizedChart::sizeHint() const {
    return {420, 260};
}

void SummarizedChart::setChartFont(const QFont& font) {
    m_font = font;
    applyFont();
}

void SummarizedChart::setSummary(const QString& summary) {
    m_summary = summary;
    setAccessibleName(summary);
    Q_EMIT summaryChanged(summary);
}

void SummarizedChart::styleAxis(QAbstractAxis* axis) const {
    axis->setLabelsFont(m_font);
    axis->setLabelsColor(QColor(0x20, 0x20, 0x20));
    QFont title = m_font;
    title.setBold(true);
    axis->setTitleFont(title);
    axis->setTitleBrush(QColor(0x20, 0x20, 0x20));
    axis->setGridLineColor(QColor(0xd0, 0xd0, 0xd0));
    axis->setLinePenColor(QColor(0x60, 0x60, 0x60));
}

} // namespace footcoach
