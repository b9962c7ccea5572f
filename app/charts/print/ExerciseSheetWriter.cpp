#include "charts/print/ExerciseSheetWriter.h"

#include "charts/print/ReportTableLayout.h"
#include "footcoach/SessionPlan.h"
#include "footcoach/Words.h"
#include "ui/common/Illustrations.h"
#include "ui/info/SafetyNote.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace footcoach {

namespace {

// Laid out in points (1/72 inch), like the report; the painter is scaled to the device.
constexpr qreal kMargin = 40;
constexpr qreal kFooter = 16;
constexpr int kDpi = 300;
constexpr int kColumns = 3;
constexpr qreal kGap = 12;
constexpr qreal kStepPoints = 9.5;
// A picture's height for its width: the drawings are 4:3, with room around them.
constexpr qreal kPictureRatio = 0.6;

QFont font(qreal points, bool bold = false) {
    return ReportTableLayout::font(points, bold);
}

qreal textHeight(const QString& text, const QFont& f, qreal width) {
    return QFontMetricsF(f)
        .boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap | Qt::AlignLeft, text)
        .height();
}

// The sheet being laid out. It runs twice: once to count the pages (nothing drawn), then to
// draw them with "page 1 of 2" in the footers.
class SheetDocument {
    Q_DECLARE_TR_FUNCTIONS(footcoach::ExerciseSheetWriter)
public:
    SheetDocument(const Routine& routine, QPagedPaintDevice& device, QPainter* painter,
                  const QSizeF& paper, const QString& version, int totalPages)
        : m_routine(routine)
        , m_device(device)
        , m_p(painter)
        , m_paper(paper)
        , m_area(kMargin, kMargin, paper.width() - 2 * kMargin,
                 paper.height() - 2 * kMargin - kFooter)
        , m_y(m_area.top())
        , m_version(version)
        , m_totalPages(totalPages) {}

    ExerciseSheetLayout layOut();

private:
    void title();
    void advice();
    void exercise(int index, const Exercise& e);
    qreal stepRowHeight(const QList<Step>& steps, int first, qreal column) const;
    void stepRow(const QList<Step>& steps, int first, qreal column);
    void stepPicture(const Step& step, int number, const QRectF& box);
    void tickTable();
    void footer();
    // Starts a new page unless height fits on this one.
    void keepTogether(qreal height);
    qreal text(const QString& text, const QFont& f, qreal indent = 0);
    qreal heading(const QString& text);
    QString locale() const { return m_locale.name(); }

    const Routine& m_routine;
    QPagedPaintDevice& m_device;
    QPainter* m_p; // null in the counting run
    const QSizeF m_paper;
    const QRectF m_area;
    qreal m_y;
    const QLocale m_locale;
    const QString m_version;
    const int m_totalPages;
    Illustrations m_illustrations;
    ExerciseSheetLayout m_layout;
};

ExerciseSheetLayout SheetDocument::layOut() {
    m_layout.pages = 1;
    title();
    advice();
    for (int i = 0; i < int(m_routine.exercises.size()); ++i)
        exercise(i, m_routine.exercises[i]);
    tickTable();
    footer();
    return m_layout;
}

void SheetDocument::keepTogether(qreal height) {
    if (m_y + height <= m_area.bottom() || m_y == m_area.top())
        return;
    footer();
    if (m_p)
        m_device.newPage();
    ++m_layout.pages;
    m_y = m_area.top();
}

qreal SheetDocument::text(const QString& text, const QFont& f, qreal indent) {
    const qreal height = textHeight(text, f, m_area.width() - indent);
    if (m_p) {
        m_p->setFont(f);
        m_p->setPen(Qt::black);
        m_p->drawText(QRectF(m_area.left() + indent, m_y, m_area.width() - indent, height + 2),
                      Qt::TextWordWrap | Qt::AlignLeft, text);
    }
    m_y += height;
    return height;
}

qreal SheetDocument::heading(const QString& text) {
    const qreal height = this->text(text, font(14, true));
    if (m_p) {
        m_p->setPen(QPen(Qt::black, 1));
        m_p->drawLine(QPointF(m_area.left(), m_y + 2), QPointF(m_area.right(), m_y + 2));
    }
    m_y += 7;
    return height + 7;
}

// The routine's name and how often to do it.
void SheetDocument::title() {
    text(m_routine.title.forLocale(locale()), font(20, true));
    m_y += 4;
    const SessionPlan plan(m_routine);
    text(tr("Twice a day, in the morning and in the evening. A session takes about %1.")
             .arg(Words::duration(plan.totalSeconds())),
         font(11.5));
    m_y += 10;
}

// The safety note and the balance advice, in a box with a thick left edge.
void SheetDocument::advice() {
    const qreal top = m_y;
    m_y += 6;
    text(tr("Safety"), font(11, true), 10);
    m_y += 2;
    text(SafetyNote::text(), font(9.5), 10);
    m_y += 5;
    text(tr("Balance"), font(11, true), 10);
    m_y += 2;
    text(tr("Numb feet make a fall more likely. Do every standing move beside a wall or in a "
            "door frame and keep one hand on it the whole time. Stand up and sit down slowly, "
            "and wear shoes that hold your feet or stand on a floor that does not slip."),
         font(9.5), 10);
    m_y += 6;
    if (m_p) {
        m_p->setPen(QPen(Qt::black, 0.8));
        m_p->setBrush(Qt::NoBrush);
        m_p->drawRect(QRectF(m_area.left(), top, m_area.width(), m_y - top));
        m_p->fillRect(QRectF(m_area.left(), top, 4, m_y - top), Qt::black);
    }
    m_y += 12;
}

void SheetDocument::exercise(int index, const Exercise& e) {
    const qreal column = (m_area.width() - (kColumns - 1) * kGap) / kColumns;
    const QString name = tr("%1. %2").arg(index + 1).arg(e.title.forLocale(locale()));
    const QString dose = ExerciseSheetWriter::doseLine(e);
    const qreal head = textHeight(name, font(14, true), m_area.width()) + 7 +
                       textHeight(dose, font(10.5, true), m_area.width()) + 6;
    // The heading never sits alone at the foot of a page: it goes with the first row of steps.
    keepTogether(head + stepRowHeight(e.steps, 0, column));
    heading(name);
    text(dose, font(10.5, true));
    m_y += 6;
    for (int first = 0; first < int(e.steps.size()); first += kColumns) {
        keepTogether(stepRowHeight(e.steps, first, column));
        stepRow(e.steps, first, column);
    }
    m_y += 10;
}

qreal SheetDocument::stepRowHeight(const QList<Step>& steps, int first, qreal column) const {
    qreal picture = 0;
    qreal words = 0;
    for (int i = first; i < std::min(int(steps.size()), first + kColumns); ++i) {
        if (m_illustrations.exists(steps[i].illustration))
            picture = column * kPictureRatio + 6;
        words = std::max(words,
                         textHeight(tr("%1. %2").arg(i + 1).arg(steps[i].text.forLocale(locale())),
                                    font(kStepPoints), column));
    }
    return picture + words + 8;
}

// Up to three steps side by side: the picture, and under it the step's number and words.
void SheetDocument::stepRow(const QList<Step>& steps, int first, qreal column) {
    const qreal height = stepRowHeight(steps, first, column);
    bool anyPicture = false;
    for (int i = first; i < std::min(int(steps.size()), first + kColumns); ++i)
        anyPicture = anyPicture || m_illustrations.exists(steps[i].illustration);
    const qreal pictureHeight = anyPicture ? column * kPictureRatio : 0;
    for (int i = first; i < std::min(int(steps.size()), first + kColumns); ++i) {
        const qreal x = m_area.left() + (i - first) * (column + kGap);
        if (m_illustrations.exists(steps[i].illustration))
            stepPicture(steps[i], i + 1, QRectF(x, m_y, column, pictureHeight));
        if (!m_p)
            continue;
        const QString words = tr("%1. %2").arg(i + 1).arg(steps[i].text.forLocale(locale()));
        m_p->setFont(font(kStepPoints));
        m_p->setPen(Qt::black);
        const qreal top = m_y + (anyPicture ? pictureHeight + 6 : 0);
        m_p->drawText(QRectF(x, top, column, height), Qt::TextWordWrap | Qt::AlignLeft, words);
    }
    m_y += height;
}

void SheetDocument::stepPicture(const Step& step, int number, const QRectF& box) {
    m_layout.pictures.append({m_layout.pages - 1, box, step.illustration});
    if (!m_p)
        return;
    m_p->setPen(QPen(QColor(0x80, 0x80, 0x80), 0.6));
    m_p->setBrush(Qt::NoBrush);
    m_p->drawRoundedRect(box, 4, 4);
    m_illustrations.paintForPrint(*m_p, step.illustration, box.adjusted(4, 4, -4, -4), false);
    // The step's number in a black disc, so the words below find their picture.
    const QRectF disc(box.left() + 5, box.top() + 5, 16, 16);
    m_p->setPen(Qt::NoPen);
    m_p->setBrush(Qt::black);
    m_p->drawEllipse(disc);
    m_p->setPen(Qt::white);
    m_p->setFont(font(9.5, true));
    m_p->drawText(disc, Qt::AlignCenter, QString::number(number));
}

// Seven days across, morning and evening down, a box in each to tick.
void SheetDocument::tickTable() {
    const qreal label = 90;
    const qreal cell = (m_area.width() - label) / 7;
    const qreal row = 32;
    keepTogether(40 + 3 * row + 20);
    m_y += 6;
    heading(tr("Tick off your sessions"));
    text(tr("Week starting: ____________________"), font(10));
    m_y += 6;
    const Qt::DayOfWeek firstDay = m_locale.firstDayOfWeek();
    const QList<Slot> rows{Slot::Morning, Slot::Evening};
    if (m_p) {
        m_p->setPen(QPen(Qt::black, 0.8));
        m_p->setBrush(Qt::NoBrush);
        m_p->setFont(font(10, true));
        for (int d = 0; d < 7; ++d) {
            const int day = (int(firstDay) - 1 + d) % 7 + 1;
            m_p->drawText(QRectF(m_area.left() + label + d * cell, m_y, cell, row), Qt::AlignCenter,
                          m_locale.dayName(day, QLocale::ShortFormat));
        }
        for (int s = 0; s < int(rows.size()); ++s) {
            const qreal y = m_y + (s + 1) * row;
            m_p->setFont(font(10, true));
            m_p->drawText(QRectF(m_area.left() + 6, y, label - 6, row),
                          Qt::AlignVCenter | Qt::AlignLeft, Words::slot(rows[s]));
            for (int d = 0; d < 7; ++d)
                m_p->drawRect(QRectF(m_area.left() + label + d * cell + cell / 2 - 10,
                                     y + row / 2 - 10, 20, 20));
        }
        m_p->drawRect(QRectF(m_area.left(), m_y, m_area.width(), 3 * row));
        m_p->drawLine(QPointF(m_area.left(), m_y + row), QPointF(m_area.right(), m_y + row));
    }
    m_y += 3 * row;
}

void SheetDocument::footer() {
    if (!m_p)
        return;
    m_p->setFont(font(8));
    m_p->setPen(QColor(0x40, 0x40, 0x40));
    const QRectF line(kMargin, m_paper.height() - kMargin - 8, m_area.width(), 12);
    m_p->drawText(line, Qt::AlignLeft,
                  tr("Exercise sheet from FootCoach %1. Ask your doctor before you change the "
                     "program.")
                      .arg(m_version));
    m_p->drawText(line, Qt::AlignRight, tr("Page %1 of %2").arg(m_layout.pages).arg(m_totalPages));
}

} // namespace

QString ExerciseSheetWriter::doseLine(const Exercise& e) {
    QString times;
    if (e.sides.contains(Side::Left) && e.sides.contains(Side::Right))
        times = tr("%n times on each leg", nullptr, e.reps);
    else if (e.sides.contains(Side::Left))
        times = tr("%n times, left leg only", nullptr, e.reps);
    else if (e.sides.contains(Side::Right))
        times = tr("%n times, right leg only", nullptr, e.reps);
    else
        times = tr("%n times", nullptr, e.reps);
    QStringList parts{times};
    QString hold = tr("hold each stretch %1").arg(Words::duration(e.holdSeconds));
    if (e.minHoldSeconds < e.holdSeconds)
        hold += QLatin1Char(' ') + tr("(%1 is enough)").arg(Words::duration(e.minHoldSeconds));
    parts << hold;
    if (e.reps > 1 && e.restSeconds > 0)
        parts << tr("rest %1 in between").arg(Words::duration(e.restSeconds));
    return parts.join(QStringLiteral(" · "));
}

ExerciseSheetLayout ExerciseSheetWriter::write(const Routine& routine, QIODevice& out,
                                               const QPageSize& pageSize, const QString& version) {
    QPdfWriter pdf(&out);
    pdf.setPageSize(pageSize);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(kDpi);
    pdf.setTitle(tr("Exercise sheet: %1").arg(routine.title.forLocale(QLocale().name())));
    pdf.setCreator(QStringLiteral("FootCoach %1").arg(version));
    return paint(routine, pdf, version);
}

ExerciseSheetLayout ExerciseSheetWriter::paint(const Routine& routine, QPagedPaintDevice& device,
                                               const QString& version) {
    const QSizeF paper = device.pageLayout().fullRectPoints().size();
    const int pages = SheetDocument(routine, device, nullptr, paper, version, 0).layOut().pages;
    QPainter p;
    if (!p.begin(&device))
        return {};
    p.scale(qreal(device.logicalDpiX()) / 72, qreal(device.logicalDpiY()) / 72);
    ExerciseSheetLayout layout = SheetDocument(routine, device, &p, paper, version, pages).layOut();
    p.end();
    return layout;
}

} // namespace footcoach
