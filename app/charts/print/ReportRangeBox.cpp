#include "charts/print/ReportRangeBox.h"

#include "footcoach/DateText.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace footcoach {

ReportRangeBox::ReportRangeBox(const QDate& today, QWidget* parent)
    : QGroupBox(tr("Which days"), parent)
    , m_today(today) {
    auto* column = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    column->addLayout(grid);
    m_presets = new QButtonGroup(this);
    const ReportRange fourWeeks = ReportRange::make(ReportRange::Preset::LastFourWeeks, today);
    const struct {
        ReportRange::Preset preset;
        QString label;
        QString description;
    } choices[] = {
        {ReportRange::Preset::LastFourWeeks, tr("The last &4 weeks"),
         tr("This week and the three before it")},
        {ReportRange::Preset::LastThreeMonths, tr("The last &3 months"),
         tr("From the same day three months ago to today")},
        {ReportRange::Preset::Since, tr("S&ince"), tr("From the day you choose to today")},
        {ReportRange::Preset::Custom, tr("&From"), tr("From one day you choose to another")},
    };
    int row = 0;
    for (const auto& choice : choices) {
        auto* button = new QRadioButton(choice.label, this);
        button->setAccessibleDescription(choice.description);
        m_presets->addButton(button, int(choice.preset));
        grid->addWidget(button, row++, 0);
    }
    // Made after the choices, so Tab reaches them after the choices.
    m_since = dateEdit(fourWeeks.from, tr("First day of the report"));
    m_from = dateEdit(fourWeeks.from, tr("First day of the report"));
    m_to = dateEdit(today, tr("Last day of the report"));
    grid->addWidget(m_since, 2, 1);
    grid->addWidget(m_from, 3, 1);
    grid->addWidget(new QLabel(tr("to"), this), 3, 2);
    grid->addWidget(m_to, 3, 3);
    grid->setColumnStretch(4, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    // Under the grid, not spanning it: a wrapped label gets its height for the width there.
    column->addWidget(m_summary);
    m_presets->button(int(ReportRange::Preset::LastFourWeeks))->setChecked(true);
    connect(m_presets, &QButtonGroup::idToggled, this, [this] { update(); });
    // Changing a day chooses the choice it belongs to.
    connect(m_since, &QDateEdit::dateChanged, this, [this] { choose(ReportRange::Preset::Since); });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this,
                [this] { choose(ReportRange::Preset::Custom); });
    for (QDateEdit* edit : {m_since, m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] { update(); });
    update();
}

QDateEdit* ReportRangeBox::dateEdit(const QDate& date, const QString& name) {
    auto* edit = new QDateEdit(date, this);
    edit->setCalendarPopup(true);
    edit->setMaximumDate(m_today);
    // The locale's short date with the whole year: "9/11/26" is easily misread.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    edit->setDisplayFormat(format);
    edit->setAccessibleName(name);
    return edit;
}

ReportRange::Preset ReportRangeBox::preset() const {
    return ReportRange::Preset(m_presets->checkedId());
}

void ReportRangeBox::choose(ReportRange::Preset preset) {
    m_presets->button(int(preset))->setChecked(true);
}

ReportRange ReportRangeBox::range() const {
    const ReportRange::Preset p = preset();
    return ReportRange::make(p, m_today,
                             p == ReportRange::Preset::Since ? m_since->date() : m_from->date(),
                             m_to->date());
}

// The days in words, so the user sees what "the last 4 weeks" means before printing.
void ReportRangeBox::update() {
    const ReportRange r = range();
    if (r.isValid()) {
        m_summary->setText(
            tr("The report covers %1 to %2 (%n days).", nullptr, int(r.from.daysTo(r.to) + 1))
                .arg(DateText::longDate(r.from), DateText::longDate(r.to)));
    } else {
        m_summary->setText(tr("The first day must not come after the last day."));
    }
    Q_EMIT changed(r.isValid());
}

} // namespace footcoach
