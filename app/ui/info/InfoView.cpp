#include "ui/info/InfoView.h"

#include <QEvent>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace footcoach {

QString InfoView::html() {
    // Each paragraph is its own string so translators see one idea at a time.
    const QStringList parts{
        QStringLiteral("<h1>%1</h1>").arg(tr("About foot numbness")),
        QStringLiteral("<p>%1</p>")
            .arg(tr(
                "Feet that go numb after you have sat still or crossed your legs for a long time "
                "usually wake up again on their own: the blood flow was only squeezed for a while. "
                "Numbness that does not pass is different, and it has many possible causes.")),
        QStringLiteral("<h2>%1</h2>").arg(tr("Common causes")),
        QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li><li>%5</li></ul>")
            .arg(
                tr("Diabetes, which can damage the nerves of the feet over time."),
                tr("Too little vitamin B in the body."),
                tr("Some medicines, and chemotherapy, which can harm the nerves of the hands and "
                   "feet."),
                tr("Pressure on the nerves where they leave the lower back, for example after a "
                   "back "
                   "injury, or from swollen blood vessels, scar tissue, an infection or a growth."),
                tr("Raynaud's phenomenon, in which the blood vessels of the toes narrow too much "
                   "in "
                   "the cold.")),
        QStringLiteral("<h2>%1</h2>").arg(tr("When to see your doctor")),
        QStringLiteral("<p>%1</p>")
            .arg(tr(
                "If your feet stay numb for a long time, or the numbness keeps coming back, have a "
                "doctor find out why. Also tell your doctor before you start any new exercises, "
                "these stretches included.")),
        QStringLiteral("<p>%1</p>")
            .arg(tr("<b>Diabetes:</b> ask your care team how to keep your blood sugar steady; good "
                    "control protects the nerves.")),
        QStringLiteral("<p>%1</p>")
            .arg(tr("<b>Vitamin B:</b> if a blood test shows too little, your doctor can plan with "
                    "you how to bring it back up.")),
        QStringLiteral("<p>%1</p>")
            .arg(tr(
                "<b>Medicines:</b> if you think a medicine causes the numbness, do not stop it or "
                "change the dose yourself. Talk to your doctor, who may know another option.")),
        QStringLiteral("<h2>%1</h2>").arg(tr("Why these stretches")),
        QStringLiteral("<p>%1</p>")
            .arg(tr(
                "Studies of people with nerve damage in the feet (peripheral neuropathy) found "
                "that regular exercise can ease the symptoms and the pain, and helps to keep blood "
                "sugar in check. For people who have had chemotherapy, whose numbness, weakness "
                "and unsteadiness make falls more likely, a well-planned exercise program can "
                "help too.")),
        QStringLiteral("<p>%1</p>")
            .arg(tr(
                "The three stretches in FootCoach (calf, seated hamstring and plantar fascia) are "
                "gentle flexibility moves. Do each one three times on each leg, holding each "
                "stretch for 15 to 20 seconds, twice a day. All together they take about five to "
                "ten minutes, and they also make a good warm-up before a walk.")),
        QStringLiteral("<p>%1</p>")
            .arg(tr("Stretch slowly and never into pain. If a stretch hurts, stop it.")),
        QStringLiteral("<h2>%1</h2>").arg(tr("Where this comes from")),
        QStringLiteral("<p>%1</p>")
            .arg(tr(
                "The stretches and how often to do them are those recommended by the Foundation "
                "for Peripheral Neuropathy (FPN). The causes of numbness follow the U.S. National "
                "Library of Medicine (NLM) and the American Academy of Orthopaedic Surgeons; the "
                "note on chemotherapy and falls follows an article in the Oncology Nursing Forum "
                "(September 2012). FootCoach does not replace your doctor's advice.")),
    };
    return parts.join(QString());
}

InfoView::InfoView(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto* back = new QPushButton(tr("◀ Back"), this);
    back->setAccessibleDescription(tr("Return to the start screen"));
    back->setToolTip(tr("Esc"));
    connect(back, &QPushButton::clicked, this, &InfoView::backRequested);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &InfoView::backRequested);
    layout->addWidget(back, 0, Qt::AlignLeft);
    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setAccessibleName(tr("About foot numbness"));
    m_text->setAccessibleDescription(
        tr("Information on causes of foot numbness and on the stretches"));
    m_text->setHtml(html());
    layout->addWidget(m_text, 1);
    setAccessibleName(tr("About foot numbness"));
}

void InfoView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_text->setHtml(html());
}

} // namespace footcoach
